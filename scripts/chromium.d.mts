export declare function chromiumPath(): string;
export declare function chromiumLaunchOptions(options?: { deterministicRendering?: boolean }): {
  executablePath: string;
  args: string[];
};

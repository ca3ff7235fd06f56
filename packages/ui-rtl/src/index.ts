// Explicit named barrel: the public API is exactly what is listed here.

// Theme
export { lightTheme, darkTheme, createTheme } from './theme/theme';
export type { Theme, ThemeOverrides, ColorScheme } from './theme/theme';
export {
  lightColors,
  darkColors,
  space,
  radii,
  fontSizes,
  fontWeights,
  elevation,
  motion,
  focusRing,
} from './theme/tokens';
export type { ColorTokens, SpaceToken, FontSizeToken } from './theme/tokens';
export { contrastRatio, relativeLuminance } from './theme/contrast';

// Direction engine
export { GlobalkitProvider } from './direction/GlobalkitProvider';
export type { GlobalkitProviderProps } from './direction/GlobalkitProvider';
export { useDirection, useResolvedDir, useTheme, useGlobalkit } from './direction/GlobalkitContext';
export type { GlobalkitContextValue } from './direction/GlobalkitContext';
export { Portal, usePortalContainer } from './direction/Portal';
export type { PortalProps } from './direction/Portal';
export { CACHE_KEYS, createDirectionCaches, getDirectionCaches } from './direction/caches';
export type { DirectionCaches } from './direction/caches';
export { prepareRtlStyles } from './direction/prepareRtlStyles';

// Strings and fonts
export { loadUiFallback, useUiStrings } from './i18n/useUiStrings';
export type { UiKey, UiOptions, UiTranslate } from './i18n/useUiStrings';
export { fontStackFor, lineHeightFor, loadAutonymFonts, loadFontsFor } from './fonts/fonts';

// Style helpers for components built on this package
export { focusRing as focusRingStyles, motionSafe, visuallyHidden } from './styles/mixins';

// Components
export { Icon, ICONS, ICON_NAMES } from './components/Icon';
export type { IconProps, IconName, IconDefinition, MirrorPolicy } from './components/Icon';
export { Spinner } from './components/Spinner';
export type { SpinnerProps } from './components/Spinner';
export { Button, buttonStyles } from './components/Button';
export type { ButtonProps, ButtonSize, ButtonVariant } from './components/Button';
export { IconButton } from './components/IconButton';
export type { IconButtonProps } from './components/IconButton';
export { Text } from './components/Text';
export type { TextProps, TextTone } from './components/Text';
export { Heading } from './components/Heading';
export type { HeadingLevel, HeadingProps } from './components/Heading';
export { Stack } from './components/Stack';
export type { StackProps, FlexAlign, FlexJustify } from './components/Stack';
export { Inline } from './components/Inline';
export type { InlineProps } from './components/Inline';
export { LanguageSwitcher } from './components/LanguageSwitcher';
export type { LanguageSwitcherProps } from './components/LanguageSwitcher';
export { Tabs } from './components/Tabs';
export type { TabItem, TabsProps } from './components/Tabs';
export { Dialog, dialogTrigger } from './components/Dialog';
export type { DialogProps, DialogSize, DialogTriggerProps } from './components/Dialog';
export { Menu, Popover } from './components/Menu';
export type { MenuItem, MenuProps, PopoverPlacement, PopoverProps } from './components/Menu';
export { Field } from './components/Field';
export type { FieldControlProps, FieldProps } from './components/Field';
export { TextField } from './components/TextField';
export type { TextFieldProps } from './components/TextField';
export { TextArea } from './components/TextArea';
export type { TextAreaProps } from './components/TextArea';
export { Select } from './components/Select';
export type { SelectOption, SelectProps } from './components/Select';
export { Checkbox } from './components/Checkbox';
export type { CheckboxProps } from './components/Checkbox';
export { Switch } from './components/Switch';
export type { SwitchProps } from './components/Switch';
export { RadioGroup } from './components/RadioGroup';
export type { RadioGroupProps, RadioOption } from './components/RadioGroup';
export { Link } from './components/Link';
export type { LinkProps } from './components/Link';
export { Card } from './components/Card';
export type { CardElevation, CardProps } from './components/Card';
export { Alert } from './components/Alert';
export type { AlertLive, AlertProps, AlertTone } from './components/Alert';
export { Badge } from './components/Badge';
export type { BadgeProps, StatusTone } from './components/Badge';
export { Skeleton } from './components/Skeleton';
export type { SkeletonProps, SkeletonShape } from './components/Skeleton';
export { Breadcrumbs } from './components/Breadcrumbs';
export type { BreadcrumbItem, BreadcrumbsProps } from './components/Breadcrumbs';
export { Table } from './components/Table';
export type { SortState, TableColumn, TableProps } from './components/Table';

// A user's app: one check per globalkit package, each rendering
// <section data-package data-status="pass|fail"> with what it saw.
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

const modules = import.meta.glob<{ Check: ComponentType }>('./checks/*.tsx', { eager: true });

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
createRoot(root).render(
  <main>
    {Object.entries(modules).map(([path, { Check }]) => (
      <Check key={path} />
    ))}
  </main>,
);

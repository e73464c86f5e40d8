// Storybook preview: the element docs come from the custom-elements manifest the analyzer writes; the toolbar's
// locale and theme apply to every story; the a11y panel runs the rules the Storybook test enforces.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '@plankit/elements/custom-elements.json' with { type: 'json' };
import { axeContext, axeRunOnly } from './axe-options.js';
import './preview.css';

// The analyzer also lists a `dispatchEvent(event)` whose event it cannot name: a row without a name would only
// read "undefined" in the argument tables, so such entries are left out.
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if ('events' in declaration && Array.isArray(declaration.events)) {
      declaration.events = declaration.events.filter((event) => 'name' in event && Boolean(event.name));
    }
  }
}
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    backgrounds: { disable: true },
    a11y: { context: axeContext, options: { runOnly: axeRunOnly }, test: 'error' },
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { title: 'Locale', icon: 'globe', items: ['zh-CN', 'en'], dynamicTitle: true },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'zh-CN', scheme: 'light' },
  decorators: [
    // Widgets without their own `lang` follow the document's; stories pass the theme as `color-scheme`
    // (unless they force one), and the canvas behind them follows it too.
    (story, context) => {
      const locale = String(context.globals['locale'] ?? 'zh-CN');
      const scheme = String(context.globals['scheme'] ?? 'light');
      document.documentElement.lang = locale;
      document.documentElement.dataset['scheme'] = scheme;
      return story();
    },
  ],
};
export default preview;

// Storybook preview: the element docs come from the custom-elements manifest the analyzer writes.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '@plankit/elements/custom-elements.json' with { type: 'json' };
import './preview.css';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    backgrounds: { disable: true },
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

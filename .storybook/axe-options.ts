// The axe rules the a11y panel shows and the Storybook test enforces (one list, so both agree): WCAG 2.x A and
// AA, the same tags the elements' own tests check with `expect(el).to.be.accessible()`.
export const axeRunOnly = {
  type: 'tag',
  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
} as const;

/** What the a11y panel and the test check: the story's root (Storybook's own chrome is not ours to fix). */
export const axeContext = '#storybook-root';

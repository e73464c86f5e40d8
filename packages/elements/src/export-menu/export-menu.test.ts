// Browser tests of <pk-export-menu>: the menu button pattern by keyboard and mouse, the formats of each widget
// from the one list in shared/export.ts, both locales, the download, and the alert when the widget is missing
// or its export fails.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../all.js';
import type { ExportMenuElement, ExportEvent } from './export-menu.js';
import { exportFormats } from '../shared/export.js';
import { AS_OF, allKpis, taxProfitMet } from '../test/kpis.js';
import { csvRows, part, partText } from '../test/helpers.js';

/** A gauge (`#g`) and a panel (`#p`) with their data, and a menu for `target` in `lang`. */
async function page(target: string, lang = 'zh-CN'): Promise<{ menu: ExportMenuElement; root: HTMLElement }> {
  const root = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <pk-export-menu for=${target} lang=${lang}></pk-export-menu>
      <pk-kpi-gauge id="g" .kpi=${taxProfitMet} as-of=${AS_OF}></pk-kpi-gauge>
      <pk-kpi-panel id="p" .kpis=${allKpis} as-of=${AS_OF}></pk-kpi-panel>
      <button id="after">after</button>
    </div>`,
  );
  const menu = root.querySelector('pk-export-menu') as ExportMenuElement;
  await menu.updateComplete;
  return { menu, root };
}

const button = (menu: ExportMenuElement): HTMLButtonElement => part(menu, 'button') as HTMLButtonElement;
/** The button's label as a screen reader names it (the ▾ is hidden from it). */
const label = (menu: ExportMenuElement): string =>
  [...button(menu).childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();
const items = (menu: ExportMenuElement): HTMLElement[] => [
  ...(menu.shadowRoot?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
];
const isOpen = (menu: ExportMenuElement): boolean =>
  button(menu).getAttribute('aria-expanded') === 'true' && !(part(menu, 'menu') as HTMLElement).hidden;
/** The element focused inside the menu's shadow root (null when focus is elsewhere). */
const focused = (menu: ExportMenuElement): Element | null => menu.shadowRoot?.activeElement ?? null;

async function press(menu: ExportMenuElement, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys({ press: key });
    await menu.updateComplete;
  }
}

/** Click the middle of `element` with the mouse. */
async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<pk-export-menu>', () => {
  describe('accessibility', () => {
    it('is a menu button: closed, then open with the formats as menu items, axe clean both ways', async () => {
      const { menu } = await page('p');
      const trigger = button(menu);
      expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(trigger.getAttribute('aria-controls')).to.equal(part(menu, 'menu')?.id);
      await expect(menu).to.be.accessible();
      trigger.focus();
      await press(menu, 'Enter');
      expect(isOpen(menu)).to.equal(true);
      expect(part(menu, 'menu')?.getAttribute('role')).to.equal('menu');
      expect(items(menu)).to.have.length(3);
      await expect(menu).to.be.accessible();
    });

    it('shows its alert accessibly in dark mode', async () => {
      const { menu } = await page('nowhere');
      menu.colorScheme = 'dark';
      await click(button(menu));
      await menu.updateComplete;
      expect(part(menu, 'error')?.getAttribute('role')).to.equal('alert');
      await expect(menu).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('lists the panel’s formats in Chinese, the table first', async () => {
      const { menu } = await page('p');
      expect(label(menu)).to.equal('导出');
      button(menu).focus();
      await press(menu, 'Enter');
      expect(items(menu).map((item) => item.textContent?.trim())).to.deep.equal([
        'CSV 表格（Excel 可打开）',
        'SVG 矢量图',
        'PNG 图片',
      ]);
    });

    it('lists the gauge’s formats in English, following the page', async () => {
      const { menu } = await page('g', 'en');
      expect(label(menu)).to.equal('Export');
      button(menu).focus();
      await press(menu, 'Enter');
      expect(items(menu).map((item) => item.textContent?.trim())).to.deep.equal(['SVG image', 'PNG picture']);
    });

    it('exports the widget put inside it when `for` is not set', async () => {
      const menu = await fixture<ExportMenuElement>(
        html`<pk-export-menu><pk-kpi-gauge .kpi=${taxProfitMet} as-of=${AS_OF}></pk-kpi-gauge></pk-export-menu>`,
      );
      expect(menu.target?.localName).to.equal('pk-kpi-gauge');
      button(menu).focus();
      await press(menu, 'Enter');
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(menu, 'pk-export')) as ExportEvent;
      event.preventDefault();
      expect(event.detail.filename).to.equal('pk-kpi-gauge.svg');
      expect(await event.detail.blob.text()).to.match(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    });

    it('has no reload(): it loads no data of its own, unlike the widget it exports', async () => {
      const { menu, root } = await page('g');
      expect('reload' in menu).to.equal(false);
      expect(root.querySelector('pk-kpi-gauge')).to.have.property('reload').that.is.a('function');
    });

    for (const [tag, formats] of Object.entries(exportFormats)) {
      it(`offers exactly what <${tag}>.export() writes`, async () => {
        const widget = document.createElement(tag) as HTMLElement & { export(o: { format: string }): Promise<Blob> };
        const error = await widget.export({ format: 'xlsx' }).then(
          () => undefined,
          (reason: unknown) => reason,
        );
        expect(error).to.be.instanceOf(TypeError);
        const written = [...(error as TypeError).message.matchAll(/"(\w+)"(?= or |, received|$)/g)].map((m) => m[1]);
        expect([...written].sort()).to.deep.equal([...formats].sort());
      });
    }
  });

  describe('events', () => {
    it('fires pk-export with the file, then downloads it under the widget’s id', async () => {
      const { menu } = await page('p');
      const clicked: HTMLAnchorElement[] = [];
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      try {
        await click(button(menu));
        await menu.updateComplete;
        const exported = oneEvent(menu, 'pk-export') as Promise<ExportEvent>;
        await click(items(menu)[0] as HTMLElement);
        const event = await exported;
        expect(event.detail.format).to.equal('csv');
        expect(event.detail.target.id).to.equal('p');
        expect((await csvRows(event.detail.blob)).length).to.be.greaterThan(allKpis.length);
        await waitUntil(() => clicked.length === 1, 'the file was never downloaded');
        expect(clicked[0]?.download).to.equal('p.csv');
        expect(clicked[0]?.href).to.match(/^blob:/);
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
    });

    it('downloads nothing when a listener cancels pk-export', async () => {
      const { menu } = await page('g');
      let downloads = 0;
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = () => void downloads++;
      try {
        menu.addEventListener('pk-export', (event) => event.preventDefault());
        button(menu).focus();
        await press(menu, 'Enter');
        const exported = oneEvent(menu, 'pk-export');
        await press(menu, 'ArrowDown', 'Enter');
        expect(((await exported) as ExportEvent).detail.format).to.equal('png');
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(downloads).to.equal(0);
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
    });
  });

  describe('keyboard', () => {
    it('opens on Enter, Space and ArrowDown on the first item, and on ArrowUp on the last', async () => {
      const { menu } = await page('p');
      for (const [key, index] of [
        ['Enter', 0],
        ['Space', 0],
        ['ArrowDown', 0],
        ['ArrowUp', 2],
      ] as const) {
        button(menu).focus();
        await press(menu, key);
        await waitUntil(() => isOpen(menu) && focused(menu) === items(menu)[index], `${key} opens on item ${index}`);
        await press(menu, 'Escape');
      }
    });

    it('moves with the arrows, Home and End', async () => {
      const { menu } = await page('p');
      button(menu).focus();
      await press(menu, 'Enter', 'ArrowDown');
      expect(focused(menu)).to.equal(items(menu)[1]);
      await press(menu, 'End');
      expect(focused(menu)).to.equal(items(menu)[2]);
      await press(menu, 'ArrowUp', 'Home');
      expect(focused(menu)).to.equal(items(menu)[0]);
    });

    it('closes on Escape and gives focus back to the button', async () => {
      const { menu } = await page('p');
      button(menu).focus();
      await press(menu, 'Enter', 'ArrowDown', 'Escape');
      expect(isOpen(menu)).to.equal(false);
      expect(focused(menu)).to.equal(button(menu));
    });

    it('closes on Tab and lets focus move on out of the menu', async () => {
      const { menu } = await page('p');
      button(menu).focus();
      await press(menu, 'Enter', 'Tab');
      expect(isOpen(menu)).to.equal(false);
      expect(focused(menu)).to.equal(null);
    });
  });

  describe('mouse', () => {
    it('opens on a click of the button and closes on a click elsewhere', async () => {
      const { menu, root } = await page('p');
      await click(button(menu));
      await menu.updateComplete;
      expect(isOpen(menu)).to.equal(true);
      await click(root.querySelector('#after') as HTMLElement);
      await menu.updateComplete;
      expect(isOpen(menu)).to.equal(false);
    });
  });

  describe('errors', () => {
    it('says in Chinese that the widget is missing, and opens nothing', async () => {
      const { menu } = await page('nowhere');
      button(menu).focus();
      await press(menu, 'Enter');
      expect(isOpen(menu)).to.equal(false);
      expect(partText(menu, 'error')).to.equal(
        '没有可导出的组件“#nowhere”：请把 for 设为组件的 id，或把组件放在菜单里。',
      );
    });

    it('says in English that an element without export() cannot be exported', async () => {
      const root = await fixture<HTMLElement>(
        html`<div>
          <pk-export-menu for="plain" lang="en"></pk-export-menu>
          <p id="plain">text</p>
        </div>`,
      );
      const menu = root.querySelector('pk-export-menu') as ExportMenuElement;
      await click(button(menu));
      await menu.updateComplete;
      expect(partText(menu, 'error')).to.equal(
        'No widget to export “<p>”: set for to the widget’s id, or put the widget inside the menu.',
      );
    });

    it('says so when the export fails (a gauge with nothing to show), and clears it on the next try', async () => {
      const root = await fixture<HTMLElement>(
        html`<div><pk-export-menu for="empty"></pk-export-menu><pk-kpi-gauge id="empty"></pk-kpi-gauge></div>`,
      );
      const menu = root.querySelector('pk-export-menu') as ExportMenuElement;
      button(menu).focus();
      await press(menu, 'Enter', 'Enter');
      await waitUntil(() => part(menu, 'error') !== null, 'no alert after a failed export');
      expect(partText(menu, 'error')).to.equal('导出失败：组件还没有可导出的内容，请在数据显示后重试。');
      expect(focused(menu)).to.equal(button(menu));
      menu.lang = 'en';
      await menu.updateComplete;
      expect(partText(menu, 'error')).to.match(/^The export failed/);
      await press(menu, 'Enter');
      expect(part(menu, 'error')).to.equal(null);
    });
  });
});

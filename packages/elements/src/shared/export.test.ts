// Browser tests of shared/export.ts: the CSV writer every table export goes through, the format check, and the
// PNG drawn from an SVG with a widget's own canvas layer on top.
import { expect } from '@open-wc/testing';
import { csvBlob, csvField, exportFormat, pngBlob, svgBlob, svgElement } from './export.js';

/** The pixel at (x, y) of a PNG, as [r, g, b, a]. */
async function pixel(png: Blob, x: number, y: number): Promise<number[]> {
  const bitmap = await createImageBitmap(png);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return [...context.getImageData(x, y, 1, 1).data];
}

describe('export', () => {
  it('writes CSV as UTF-8 with a byte-order mark, CRLF line ends and Chinese intact', async () => {
    const blob = csvBlob([
      ['指标', 'value'],
      ['销量', 12.5],
      [null, 'a,"b"'],
    ]);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(
      '\uFEFF指标,value\r\n销量,12.5\r\n,"a,""b"""\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula, but not a negative number', () => {
    expect(csvField('=SUM(A1)')).to.equal("'=SUM(A1)");
    expect(csvField('+1')).to.equal("'+1");
    expect(csvField('@cmd')).to.equal("'@cmd");
    expect(csvField('-x')).to.equal("'-x");
    expect(csvField('-3')).to.equal('-3');
    expect(csvField(-3)).to.equal('-3');
  });

  it('checks the format asked for and names the ones the widget writes', () => {
    expect(exportFormat('pk-x', 'csv', ['csv', 'svg'])).to.equal('csv');
    expect(() => exportFormat('pk-x', 'xlsx', ['csv', 'svg'])).to.throw(
      TypeError,
      '<pk-x>.export(): format must be "csv" or "svg", received "xlsx".',
    );
  });

  it('draws a PNG at twice the size on the background, with a canvas layer on top', async () => {
    const svg = svgElement('svg', { viewBox: '0 0 10 10', width: 10, height: 10 });
    svg.append(svgElement('rect', { x: 0, y: 0, width: 5, height: 10, fill: '#0000ff' }));
    const layer = document.createElement('canvas');
    layer.width = 10;
    layer.height = 10;
    const context = layer.getContext('2d')!;
    context.fillStyle = '#ff0000';
    context.fillRect(0, 0, 10, 5);
    const png = await pngBlob(svgBlob(svg), 10, 10, { background: '#ffffff', over: layer });
    expect(png.type).to.equal('image/png');
    expect((await createImageBitmap(png)).width).to.equal(20);
    expect(await pixel(png, 2, 2)).to.deep.equal([255, 0, 0, 255]);
    expect(await pixel(png, 2, 16)).to.deep.equal([0, 0, 255, 255]);
    expect(await pixel(png, 16, 16)).to.deep.equal([255, 255, 255, 255]);
  });
});

import * as Plot from '@observablehq/plot'
const n = 60
const cells = []
for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) cells.push({ row: r, col: c, n: Math.floor(Math.random() * 500) })
const keys = Array.from({ length: n }, (_, i) => i)
const results = []
function frame() { return new Promise((r) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(performance.now()); ch.port2.postMessage(null) })) }
async function run(label, make) {
  await frame()
  const t = performance.now()
  const el = make()
  const t1 = performance.now()
  document.getElementById('out').replaceChildren(el)
  const t2 = await frame()
  results.push(`${label}: plot ${(t1 - t).toFixed(0)} painted ${(t2 - t).toFixed(0)}`)
}
const base = { width: 1700, height: 1700, x: { domain: keys }, y: { domain: keys }, color: { type: 'sqrt', scheme: 'blues' } }
await run('warm', () => Plot.plot({ ...base, marks: [Plot.cell(cells, { x: 'col', y: 'row', fill: 'n' })] }))
await run('cell', () => Plot.plot({ ...base, marks: [Plot.cell(cells, { x: 'col', y: 'row', fill: 'n' })] }))
await run('cell+title', () => Plot.plot({ ...base, marks: [Plot.cell(cells, { x: 'col', y: 'row', fill: 'n', title: (d) => String(d.n) })] }))
await run('text', () => Plot.plot({ ...base, marks: [Plot.text(cells, { x: 'col', y: 'row', text: (d) => String(d.n) })] }))
await run('text fillfn', () => Plot.plot({ ...base, marks: [Plot.text(cells, { x: 'col', y: 'row', text: (d) => String(d.n), fill: (d) => (d.n > 200 ? 'white' : 'black') })] }))
await run('cell+text', () => Plot.plot({ ...base, marks: [Plot.cell(cells, { x: 'col', y: 'row', fill: 'n' }), Plot.text(cells, { x: 'col', y: 'row', text: (d) => String(d.n) })] }))
const values = cells.map((c) => c.n)
await run('raster', () => Plot.plot({ width: 1700, height: 1700, x: { domain: [0, n] }, y: { domain: [0, n] }, color: { type: 'sqrt', scheme: 'blues' }, marks: [Plot.raster(values, { width: n, height: n, x1: 0, x2: n, y1: 0, y2: n, imageRendering: 'pixelated' })] }))
await run('raster+text', () => Plot.plot({ width: 1700, height: 1700, x: { domain: [0, n] }, y: { domain: [0, n] }, color: { type: 'sqrt', scheme: 'blues' }, marks: [Plot.raster(values, { width: n, height: n, x1: 0, x2: n, y1: 0, y2: n, imageRendering: 'pixelated' }), Plot.text(cells, { x: (d) => d.col + 0.5, y: (d) => d.row + 0.5, text: (d) => String(d.n) })] }))
const big = []
for (let r = 0; r < 60; r++) for (let c = 0; c < 500; c++) big.push({ row: r, col: c, n: Math.floor(Math.random() * 10) })
await run('dot 30k', () => Plot.plot({ width: 8500, height: 1100, x: { domain: Array.from({ length: 500 }, (_, i) => i) }, y: { domain: keys }, color: { type: 'sqrt', scheme: 'blues' }, marks: [Plot.dot(big, { x: 'col', y: 'row', r: 'n', fill: 'n' })] }))
await run('raster 30k', () => Plot.plot({ width: 8500, height: 1100, x: { domain: [0, 500] }, y: { domain: [0, 60] }, color: { type: 'sqrt', scheme: 'blues' }, marks: [Plot.raster(big.map((b) => b.n), { width: 500, height: 60, x1: 0, x2: 500, y1: 0, y2: 60, imageRendering: 'pixelated' })] }))
document.title = 'done'
document.body.dataset.results = results.join('\n')

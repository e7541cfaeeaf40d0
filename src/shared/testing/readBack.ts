/**
 * Reading exports back with the software their readers use, for the format tests (not imported by
 * the app): LibreOffice, Poppler's pdftotext, Python's csv module, openpyxl and python-docx.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'

/** Debian's Python, which has python3-openpyxl and python3-docx (a pyenv shim may come first on PATH). */
const PYTHON = '/usr/bin/python3'

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'themata-export-'))
}

export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** Runs a Python script with arguments; its stdout. */
export function python(script: string, ...args: string[]): string {
  return execFileSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' })
}

/**
 * Converts a file with LibreOffice headless; the converted file's path. Each call has its own
 * profile, so tests running side by side never share (and lock) one.
 */
export function soffice(input: string, target: 'pdf' | 'fodt', outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'themata-lo-'))
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', target, '--outdir', outDir, input], { stdio: 'pipe', timeout: 120_000 })
  return join(outDir, basename(input).replace(/\.[^.]+$/, `.${target}`))
}

/** The text of a PDF, as Poppler reads it (reading order, no layout). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
}

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)
}

/** One part of a zip package (docx, xlsx) as text. */
export function zipPart(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes, { filter: (f) => f.name === name })[name]
  if (!part) throw new Error(`${name} is not in the package`)
  return strFromU8(part)
}

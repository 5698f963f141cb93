/**
 * A stand-in for the browser's folder picker (`window.showDirectoryPicker`),
 * which Sveltia CMS's local mode uses to read and write a checkout: the page
 * gets FileSystemDirectoryHandle-like objects whose every read and write is a
 * call into Node (`page.exposeFunction`) on a real folder. Paths never leave
 * that folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** Every write and removal the page made, as paths relative to the folder. */
export interface PickerLog {
  readonly written: string[];
  readonly removed: string[];
}

type Reply<T> = { ok: T } | { error: string; message: string };

/** Gives every page of `context` a folder picker that opens `root`. */
export async function standInFolderPicker(context: BrowserContext, root: string): Promise<PickerLog> {
  const log: PickerLog = { written: [], removed: [] };
  const inside = (path: string) => {
    const full = normalize(join(root, path));
    if (full !== normalize(root) && !full.startsWith(normalize(root) + sep)) throw Object.assign(new Error(`outside the folder: ${path}`), { code: 'ESCAPE' });
    return full;
  };
  const reply = <T>(fn: () => T): Reply<T> => {
    try {
      return { ok: fn() };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { error: code === 'ENOENT' ? 'NotFoundError' : code === 'ENOTDIR' || code === 'EISDIR' ? 'TypeMismatchError' : 'InvalidStateError', message: String(error) };
    }
  };
  await context.exposeFunction('__pickerList', (path: string) =>
    reply(() => readdirSync(inside(path), { withFileTypes: true }).map((d) => ({ name: d.name, kind: d.isDirectory() ? 'directory' : 'file' }))),
  );
  await context.exposeFunction('__pickerOpen', (path: string, kind: 'file' | 'directory', create: boolean) =>
    reply(() => {
      const full = inside(path);
      if (!existsSync(full)) {
        if (!create) throw Object.assign(new Error(`no ${path}`), { code: 'ENOENT' });
        if (kind === 'directory') mkdirSync(full, { recursive: true });
        else writeFileSync(full, '');
      }
      if (statSync(full).isDirectory() !== (kind === 'directory')) throw Object.assign(new Error(`not a ${kind}: ${path}`), { code: 'ENOTDIR' });
      return true;
    }),
  );
  await context.exposeFunction('__pickerRead', (path: string) =>
    reply(() => ({ base64: readFileSync(inside(path)).toString('base64'), lastModified: statSync(inside(path)).mtimeMs })),
  );
  await context.exposeFunction('__pickerWrite', (path: string, base64: string) =>
    reply(() => {
      writeFileSync(inside(path), Buffer.from(base64, 'base64'));
      log.written.push(path);
      return true;
    }),
  );
  await context.exposeFunction('__pickerMove', (from: string, to: string) =>
    reply(() => {
      renameSync(inside(from), inside(to));
      log.written.push(to);
      return true;
    }),
  );
  await context.exposeFunction('__pickerRemove', (path: string, recursive: boolean) =>
    reply(() => {
      rmSync(inside(path), { recursive });
      log.removed.push(path);
      return true;
    }),
  );
  await context.addInitScript(PAGE_SIDE);
  return log;
}

/**
 * The handles, in the page. Plain JavaScript: it runs in the browser as
 * written. Methods live on classes, so the CMS can store a handle in
 * IndexedDB (a structured clone keeps the own fields and drops the methods).
 */
const PAGE_SIDE = `(() => {
  const call = async (name, ...args) => {
    const r = await window[name](...args);
    if ('error' in r) throw new DOMException(r.message, r.error);
    return r.ok;
  };
  const join = (dir, name) => (dir ? dir + '/' + name : name);
  const toBase64 = async (blob) => {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  };
  class Handle {
    constructor(path, kind) {
      this.kind = kind;
      this.name = path.split('/').pop() || 'repozytorium';
      this.__path = path;
    }
    async queryPermission() { return 'granted'; }
    async requestPermission() { return 'granted'; }
    async isSameEntry(other) { return !!other && other.__path === this.__path && other.kind === this.kind; }
  }
  class Writable {
    constructor(path) { this.path = path; this.parts = []; }
    async write(data) {
      if (data && typeof data === 'object' && 'type' in data && !(data instanceof Blob)) {
        if (data.type === 'write') this.parts.push(data.data);
        return;
      }
      this.parts.push(data);
    }
    async truncate() {}
    async seek() {}
    async abort() {}
    async close() { await call('__pickerWrite', this.path, await toBase64(new Blob(this.parts))); }
  }
  class FileHandle extends Handle {
    constructor(path) { super(path, 'file'); }
    async getFile() {
      const { base64, lastModified } = await call('__pickerRead', this.__path);
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      return new File([bytes], this.name, { lastModified });
    }
    async createWritable() { return new Writable(this.__path); }
    async move(parentOrName, newName) {
      const to = typeof parentOrName === 'string' ? join(this.__path.split('/').slice(0, -1).join('/'), parentOrName) : join(parentOrName.__path, newName);
      await call('__pickerMove', this.__path, to);
      this.__path = to;
      this.name = to.split('/').pop();
    }
  }
  class DirectoryHandle extends Handle {
    constructor(path) { super(path, 'directory'); }
    async *entries() {
      for (const e of await call('__pickerList', this.__path)) {
        const path = join(this.__path, e.name);
        yield [e.name, e.kind === 'directory' ? new DirectoryHandle(path) : new FileHandle(path)];
      }
    }
    async *values() { for await (const [, h] of this.entries()) yield h; }
    async *keys() { for await (const [n] of this.entries()) yield n; }
    [Symbol.asyncIterator]() { return this.entries(); }
    async getDirectoryHandle(name, options) {
      await call('__pickerOpen', join(this.__path, name), 'directory', !!(options && options.create));
      return new DirectoryHandle(join(this.__path, name));
    }
    async getFileHandle(name, options) {
      await call('__pickerOpen', join(this.__path, name), 'file', !!(options && options.create));
      return new FileHandle(join(this.__path, name));
    }
    async removeEntry(name, options) { await call('__pickerRemove', join(this.__path, name), !!(options && options.recursive)); }
    async resolve(other) {
      const own = this.__path;
      if (own && !other.__path.startsWith(own + '/')) return other.__path === own ? [] : null;
      return other.__path.slice(own ? own.length + 1 : 0).split('/').filter(Boolean);
    }
  }
  window.showDirectoryPicker = async () => new DirectoryHandle('');
})();`;

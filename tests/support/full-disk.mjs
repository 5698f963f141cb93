/**
 * Preloaded into a build (node --import) to plant a full disk: every
 * writeFileSync to a path matching FULL_DISK_PATTERN (a regular expression,
 * by default any .pdf file) fails with ENOSPC, as on a full file system.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const pattern = new RegExp(process.env.FULL_DISK_PATTERN ?? '\\.pdf$');
const write = fs.writeFileSync;
fs.writeFileSync = function writeFileSync(file, ...rest) {
  if (pattern.test(String(file))) {
    throw Object.assign(new Error(`ENOSPC: no space left on device, open '${String(file)}'`), { code: 'ENOSPC', errno: -28, syscall: 'open', path: String(file) });
  }
  return write.call(this, file, ...rest);
};
syncBuiltinESMExports();

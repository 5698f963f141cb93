/**
 * Preloaded into a build (node --import) to plant a full disk: every write of
 * a PDF file fails with ENOSPC, as it would on a full file system.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const write = fs.writeFileSync;
fs.writeFileSync = function writeFileSync(file, ...rest) {
  if (String(file).endsWith('.pdf')) {
    throw Object.assign(new Error(`ENOSPC: no space left on device, open '${String(file)}'`), { code: 'ENOSPC', errno: -28, syscall: 'open', path: String(file) });
  }
  return write.call(this, file, ...rest);
};
syncBuiltinESMExports();

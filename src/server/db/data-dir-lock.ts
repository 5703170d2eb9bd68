import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {}

export type DataDirLock = {
  /** True when the previous server on this directory did not stop cleanly. */
  wasUncleanStop: boolean;
  release(): void;
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: two servers writing one directory corrupt it. The lock file beside the
 * directory holds the owner's pid; a live owner refuses us, a dead one means the last stop was unclean.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lockPath = `${dir}.lock`;
  let wasUncleanStop = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      let released = false;
      return {
        wasUncleanStop,
        release() {
          if (released) return;
          released = true;
          try {
            if (fs.readFileSync(lockPath, 'utf8').trim() === String(process.pid)) fs.unlinkSync(lockPath);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isFinite(owner) && owner !== process.pid && isAlive(owner)) {
        throw new DataDirLockedError(
          `The data directory ${dir} is in use by another HongYuan server (pid ${owner}). ` +
            'The embedded database allows one server per directory; stop the other one or set HONGYUAN_DATA_DIR.',
        );
      }
      wasUncleanStop = true;
      fs.unlinkSync(lockPath);
    }
  }
  throw new DataDirLockedError(`Could not take the lock on ${dir}`);
}

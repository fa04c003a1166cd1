/**
 * `../shared/` (the data pack and reference texts) exists for developers and CI, not in a user's clone.
 * Tests that read it use `describeWithShared`: they run when it is there (CI always has it) and are
 * skipped with a message when it is not.
 */
import * as fs from "fs";
import * as path from "path";

export const SHARED_DIR = path.resolve(__dirname, "..", "..", "..", "shared");
export const HAS_SHARED = fs.existsSync(path.join(SHARED_DIR, "data", "README.md"));

export const describeWithShared: jest.Describe = HAS_SHARED
  ? describe
  : (((name: string) => {
      describe(name, () => {
        it.skip(`skipped: ${SHARED_DIR} is absent (it exists for developers and CI only)`, () => undefined);
      });
    }) as unknown as jest.Describe);

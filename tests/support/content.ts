/** Content a test expects to be valid, loaded by the build's own loader; any problem fails the test with the Polish messages. */
import { formatProblem, loadContent, type Content } from '../../src/content/index.ts';

export function validContent(dir: string): Content {
  const result = loadContent(dir);
  if (!result.ok) throw new Error(`${dir}:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.content;
}

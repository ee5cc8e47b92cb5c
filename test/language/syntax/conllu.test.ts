import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../../src/language/syntax/conllu.ts';

describe('CoNLL-U reading', () => {
  it('skips multi-word ranges and empty nodes, keeps 0-based heads', () => {
    const text = [
      '# text = I don\'t know',
      '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
      '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
      '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
      '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
      '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_',
      '4.1\tknows\t_\t_\t_\t_\t_\t_\t_\t_',
      '',
    ].join('\n');
    const [s] = parseConllu(text);
    expect(s!.words).toEqual(['I', 'do', "n't", 'know']);
    expect(s!.heads).toEqual([3, 3, 3, -1]);
    expect(s!.deprels).toEqual(['nsubj', 'aux', 'advmod', 'root']);
  });
});

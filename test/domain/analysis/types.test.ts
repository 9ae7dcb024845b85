import { acts, codebookVersion } from '../../../src/domain/analysis/types.ts';

describe('analysis types', () => {
  it('when listing acts, includes the PLOVER categories plus state', () => {
    expect(acts).toContain('agree');
    expect(acts).toContain('state');
    expect(codebookVersion).toMatch(/^plover-2\.0\+parallax-\d+$/);
  });
});

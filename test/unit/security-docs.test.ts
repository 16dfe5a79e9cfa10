/**
 * docs/SECURITY.md (issue 12, point 7) states the threat model, what is
 * enforced where and how to report a problem, with the owner's address from
 * site.yaml; README.md and CONTRIBUTING.md link to it, and CONTRIBUTING.md
 * names the branch-protection settings that make CODEOWNERS binding.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const security = read('docs/SECURITY.md');
const site = parse(read('content/site.yaml')) as { owner: { email: string } };

describe('docs/SECURITY.md', () => {
  it.each(['## Threat model', '## What is enforced where', '## The security corpus', '## Reporting a problem'])('has the section %s', (heading) => {
    expect(security).toContain(`\n${heading}\n`);
  });
  it.each(['Validation before Astro', 'Bounded parsing', 'Content security policy', 'CODEOWNERS + branch protection', 'Read-only pull request workflow'])('says where "%s" is enforced', (layer) => {
    expect(security).toContain(`| **${layer}** |`);
  });
  it('gives the owner’s address from content/site.yaml and private vulnerability reporting', () => {
    expect(security).toContain(`**${site.owner.email}**`);
    expect(security).toContain('**Report a vulnerability**');
  });
  it('links only to files that exist', () => {
    for (const [, target] of security.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) expect(existsSync(join(root, 'docs', target ?? '')), target).toBe(true);
  });
  it.each(['README.md', 'CONTRIBUTING.md'])('is linked from %s', (file) => {
    expect(read(file)).toContain('](docs/SECURITY.md)');
  });
});

describe('CONTRIBUTING.md on ownership', () => {
  const contributing = read('CONTRIBUTING.md');
  it.each([
    'Require review from Code Owners',
    'Dismiss stale pull request approvals when new commits are pushed',
    'Restrict who can push to matching branches',
    'Require status checks to pass before merging',
    'Do not allow bypassing the above settings',
  ])('names the branch-protection setting "%s"', (setting) => {
    expect(contributing).toContain(`**${setting}**`);
  });
  it('names the status check by the job name of ci.yml, and the section the scripts point to', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as { jobs: Record<string, { name: string }> };
    expect(contributing).toContain(`*${Object.values(ci.jobs)[0]?.name}*`);
    expect(contributing).toContain('\n## Quyền sở hữu và duyệt pull request\n');
    expect(read('scripts/generate-codeowners.ts')).toContain('CONTRIBUTING.md (mục "Quyền sở hữu và duyệt pull request")');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { registerLangidCommand, registerLangidEvalCommand, sentenceTexts } from './langid.js';

describe('sentenceTexts', () => {
  it('splits at sentence ends followed by a capital, quote or dash', () => {
    expect(sentenceTexts('Det regner. «Hvor længe?» spurgte hun. – Længe! Ålborg venter.')).toEqual([
      'Det regner.',
      '«Hvor længe?» spurgte hun.',
      '– Længe!',
      'Ålborg venter.',
    ]);
  });

  it('does not split after a number or an abbreviation followed by lower case', () => {
    expect(sentenceTexts('Den 5. maj kom bl.a. ministeren.')).toEqual(['Den 5. maj kom bl.a. ministeren.']);
  });
});

describe('registration', () => {
  it('adds the langid and eval langid commands', () => {
    const program = new Command('tidende');
    registerLangidCommand(program);
    const evalCommand = program.command('eval');
    registerLangidEvalCommand(evalCommand);
    expect(program.commands.map((c) => c.name())).toEqual(['langid', 'eval']);
    expect(evalCommand.commands.map((c) => c.name())).toEqual(['langid']);
  });
});

describe('tidende langid', () => {
  async function run(args: string[], text: string): Promise<Array<{ text: string; lang: string; confidence: number }>> {
    const file = join(mkdtempSync(join(tmpdir(), 'langid-')), 'input.txt');
    writeFileSync(file, text);
    const program = new Command('tidende').exitOverride();
    registerLangidCommand(program);
    let output = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output += String(chunk);
      return true;
    });
    try {
      await program.parseAsync(['node', 'tidende', 'langid', ...args, file]);
    } finally {
      write.mockRestore();
    }
    return output.trim().split('\n').map((line) => JSON.parse(line) as { text: string; lang: string; confidence: number });
  }

  it('prints one JSONL line per sentence', async () => {
    const lines = await run(
      ['--by', 'sentence'],
      'Regjeringa vil leggje fram eit nytt forslag neste veke. The minister said nothing about the budget today.',
    );
    expect(lines.map((l) => l.lang)).toEqual(['nn', 'en']);
    expect(lines[0].confidence).toBeGreaterThan(0.5);
  });

  it('prints one line for the whole document by default', async () => {
    const lines = await run([], 'Jag vet inte vad som hände, men nu är det viktigt att vi hjälper varandra.\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].lang).toBe('sv');
  });
});

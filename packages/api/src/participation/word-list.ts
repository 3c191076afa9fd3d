/**
 * The deployment's word list (decisions.md, Participation): a comment or message containing a
 * listed word is flagged for moderation, never refused. Until staff save a list of their own, the
 * default below applies: spam and scam phrases that have no place in a comment on a draft or a
 * question to a government office.
 */
import type { Kysely } from 'kysely';
import { messagesRepo, type Database } from '@gongkai/db';
import { matchWords } from '@gongkai/domain';

export const DEFAULT_MODERATION_WORDS = [
  '代开发票',
  '发票代开',
  '办证',
  '刻章',
  '博彩',
  '六合彩',
  '网络赌博',
  '裸聊',
  '色情',
  '刷单',
  '信用卡套现',
  '无抵押贷款',
  '加微信',
] as const;

export async function loadWords(q: Kysely<Database>): Promise<{ words: string[]; customized: boolean }> {
  const saved = await messagesRepo.findWords(q);
  return saved ? { words: saved, customized: true } : { words: [...DEFAULT_MODERATION_WORDS], customized: false };
}

/** The listed words found in any of the texts, as JSON for the `flagged_words` column. */
export async function flaggedWords(q: Kysely<Database>, texts: readonly string[]): Promise<string> {
  const { words } = await loadWords(q);
  return JSON.stringify([...new Set(texts.flatMap((t) => matchWords(t, words)))]);
}

export const wordsOf = (json: string) => JSON.parse(json) as string[];

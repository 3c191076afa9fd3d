// Steps shared by every public form with the bot check (依申请公开, 征求意见, 互动交流, 举报).
import { expect, type Page } from '@playwright/test';

/**
 * With JavaScript, waits until pow.js has solved the proof of work and put the fallback question
 * away: only then does a submission go through without answering it.
 */
export async function expectBotCheckSolved(page: Page): Promise<void> {
  const box = page.getByRole('group', { name: '验证' });
  await expect(box.getByRole('status')).toHaveText('已自动完成验证，无需回答验证问题。', { timeout: 30_000 });
  await expect(box.locator('input[name="answer"]')).toBeHidden();
}

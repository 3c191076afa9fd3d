import type { Actor } from '../publication-workflow.js';

/**
 * Who acts on a comment or a message: staff (an `Actor` with roles) or the anonymous visitor. The
 * caller establishes that a visitor is the one who wrote the message (tracking code), and that a
 * visitor reports a comment only once; the rules below only see the result.
 */
export type Participant = Actor | 'visitor';

export function isVisitor(p: Participant): p is 'visitor' {
  return p === 'visitor';
}

export function blank(s: string | null | undefined): boolean {
  return (s ?? '').trim() === '';
}

// The grammatical roles the role tagger tells apart: enough to say who a sentence is about.

/**
 * - `S` subject of the sentence's main clause ("Siri Kalvig har …", "I går sa Ola at …")
 * - `s` subject of another clause ("… fordi Ola kom", "…, sier Ola" under a quote's verb)
 * - `O` direct or indirect object
 * - `P` complement of a preposition ("til Ola", "ifølge Ola")
 * - `G` a noun determining another: a genitive ("Olas advokat")
 * - `X` anything else
 */
export const ROLE_LABELS = ['S', 's', 'O', 'P', 'G', 'X'] as const;
export type RoleLabel = (typeof ROLE_LABELS)[number];

export const isSubject = (role: RoleLabel | null): boolean => role === 'S' || role === 's';

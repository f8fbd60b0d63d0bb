/**
 * A scenario that names its platform may offer only the moves that platform has: a thread on
 * Instagram cannot "hide" one comment, a WhatsApp group has no hiding at all, a review site lets the
 * owner reply and report, nothing more. Pupils learn the moves they will really find.
 */
import { movesOn, PLATFORMS, type Platform } from './platforms.ts';
import type { Problem } from './problems.ts';
import type { Scenario } from './scenario-schema.ts';

/** How a platform is written in messages: its own spelling. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  whatsapp: 'WhatsApp',
  discord: 'Discord',
  reviews: 'a review site',
  forum: 'a forum',
};

/** One error per choice whose `kind` the scenario's platform does not have. */
export function checkPlatformMoves(scenario: Scenario): Problem[] {
  const platform = scenario.platform;
  if (platform === undefined) return [];
  const allowed = movesOn(platform);
  const problems: Problem[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'decision') continue;
    node.choices.forEach((choice, index) => {
      if (allowed.includes(choice.kind)) return;
      const others = PLATFORMS.filter((p) => p !== platform && movesOn(p).includes(choice.kind));
      problems.push({
        code: 'platform-move',
        severity: 'error',
        path: ['nodes', nodeId, 'choices', index, 'kind'],
        message: `The move \`${choice.kind}\` (choice "${choice.id}") does not exist on ${PLATFORM_NAMES[platform]} (\`platform: ${platform}\`).`,
        fix: `Use a move ${PLATFORM_NAMES[platform]} has: ${allowed.join(', ')}.${others.length ? ` (\`${choice.kind}\` exists on: ${others.join(', ')}.)` : ''}`,
      });
    });
  }
  return problems;
}

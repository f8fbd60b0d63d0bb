/**
 * The thread as the learner sees it, derived from a run: the comments of every node reached and the
 * learner's own moves, in order. Derived, never stored, so a replayed run shows the same thread.
 */
import { holds } from './conditions.ts';
import type { Run, WrittenReply } from './run.ts';
import type { Localised, MoveKind, Scenario } from './scenario-schema.ts';
import type { State } from './state.ts';

export type PostStatus = 'visible' | 'hidden' | 'deleted';

export type ThreadItem =
  | {
      kind: 'post';
      /** Unique within the thread, stable across re-renders. */
      key: string;
      personaId: string;
      text: Localised;
      /** Key of the thread item this answers, if any. */
      replyTo?: string;
      likes: number;
      /** The author's post id, if it has one. */
      postId?: string;
      status: PostStatus;
    }
  | {
      kind: 'move';
      key: string;
      move: MoveKind;
      text: Localised;
      /** Key of the thread item the move answers or acts on, if any. */
      target?: string;
      /** Index of the step in the run that made this move. */
      step: number;
      /** How the audience mood moved with this move (after − before). */
      audienceChange: number;
      /** Personas whose mood this move changed: how they react to it. */
      moodChanges: { personaId: string; before: number; after: number }[];
      /**
       * Only for a written reply: what the learner wrote. `text` above then holds the learner's own
       * text in every language (empty when the run no longer has it, e.g. replayed from the server).
       */
      written?: WrittenReply;
    };

const STATUS_BY_MOVE: Partial<Record<MoveKind, PostStatus>> = { hide: 'hidden', delete: 'deleted' };

export function threadOf(scenario: Scenario, run: Run): ThreadItem[] {
  const items: ThreadItem[] = [];
  const keyOfPost = new Map<string, string>();
  /** The node's posts whose `if` holds in `arrival`, the state the learner arrived with. */
  const addPosts = (nodeId: string, visit: number, arrival: State) => {
    scenario.nodes[nodeId]?.posts.forEach((post, i) => {
      if (!holds(post.if, arrival)) return;
      const key = `p${visit}-${i}`;
      items.push({
        kind: 'post',
        key,
        personaId: post.persona,
        text: post.text,
        likes: post.likes,
        status: 'visible',
        ...(post.replyTo && keyOfPost.has(post.replyTo) ? { replyTo: keyOfPost.get(post.replyTo)! } : {}),
        ...(post.id ? { postId: post.id } : {}),
      });
      if (post.id) keyOfPost.set(post.id, key);
    });
  };
  run.steps.forEach((step, index) => {
    addPosts(step.nodeId, index, step.before);
    const after = run.steps[index + 1]?.before ?? run.state;
    const node = scenario.nodes[step.nodeId];
    const decision = node?.type === 'decision' ? node : undefined;
    const own = step.reply?.text ?? '';
    const choice = step.reply
      ? decision?.write && { kind: 'reply' as const, target: decision.write.target, text: { de: own, en: own } }
      : decision?.choices.find((c) => c.id === step.choiceId);
    if (!choice) return;
    const target = choice.target ? keyOfPost.get(choice.target) : undefined;
    const moodChanges = Object.keys(after.moods)
      .filter((id) => after.moods[id] !== step.before.moods[id])
      .map((personaId) => ({ personaId, before: step.before.moods[personaId] ?? 0, after: after.moods[personaId] ?? 0 }));
    items.push({
      kind: 'move',
      key: `m${index}`,
      move: choice.kind,
      text: choice.text,
      step: index,
      audienceChange: after.audience - step.before.audience,
      moodChanges,
      ...(target ? { target } : {}),
      ...(step.reply ? { written: step.reply } : {}),
    });
    const status = STATUS_BY_MOVE[choice.kind];
    if (status && target) {
      const post = items.find((item) => item.key === target);
      if (post?.kind === 'post') post.status = status;
    }
  });
  addPosts(run.nodeId, run.steps.length, run.state);
  return items;
}

/**
 * How a deck's Slides requests are sent: ONE `batchUpdate` (atomic) whenever it fits the call
 * budget, which every ordinary month does; otherwise several calls that keep the old deck safe.
 *
 * Either way the new slides are created first, AFTER the slides they replace (so the deck never
 * has zero slides, and when split the old deck stays readable and whole while the calls run), and
 * the old slides are deleted at the end of the LAST call.
 * A slide's createSlide and every request on it always go in the same call, so each call is
 * valid on its own given the slides earlier calls created. The object IDs are those of the one
 * batch (`buildSlidesRequests` picked a prefix no replaced slide uses), so they never collide
 * with what is still in the presentation.
 */
import type { SlidesBatch } from "../slides/requests";
import type { Request } from "../slides/units";

export interface CallBudget {
  requests: number;
  /** Length of the requests as JSON, in characters (bytes, for this mostly ASCII text). */
  chars: number;
}

/**
 * The Slides API documents no cap on one batchUpdate, but a call is applied within one server
 * deadline and carried as one HTTP body; huge batches are where timeouts and "request too
 * large" errors happen. The sample month is ~2.400 requests / ~600 KiB and must stay ONE atomic
 * call; a month with 1.000-item lists is ~50.000 / ~13 MB. 5.000 requests and 2 MB per call sit
 * comfortably between the two, leaving ordinary months a wide margin before they are split.
 */
export const CALL_BUDGET: CallBudget = { requests: 5_000, chars: 2_000_000 };

export interface SlidesCall {
  requests: Request[];
  /** The slides this call creates, so they can be deleted again if a later call fails. */
  slideIds: string[];
}

interface Group extends SlidesCall {
  chars: number;
}

const sizeOf = (request: Request): number => JSON.stringify(request).length + 1;

const over = (budget: CallBudget, requests: number, chars: number): boolean =>
  requests > budget.requests || chars > budget.chars;

/**
 * The calls that send `batch`, which replaces `replaced` (the presentation's slides, deleted at
 * the head of the batch as `buildSlidesRequests` makes it): one call when it fits the budget.
 */
export function planCalls(
  batch: SlidesBatch,
  replaced: readonly string[],
  budget: CallBudget = CALL_BUDGET,
): SlidesCall[] {
  const sizes = batch.requests.map(sizeOf);
  const groups = slideGroups(batch.requests, sizes, new Set(replaced), replaced.length);
  return pack(groups, budget).map(({ requests, slideIds }) => ({ requests, slideIds }));
}

/**
 * One group per new slide (its createSlide, moved after the replaced slides, and its element
 * requests); the deletions of the replaced slides join the last group, so they go in the last call.
 */
function slideGroups(
  requests: readonly Request[],
  sizes: readonly number[],
  replaced: ReadonlySet<string>,
  offset: number,
): Group[] {
  const groups: Group[] = [];
  const deletions: Group = { requests: [], slideIds: [], chars: 0 };
  requests.forEach((request, i) => {
    const size = sizes[i] ?? 0;
    if (replaced.has(request.deleteObject?.objectId ?? "")) {
      deletions.requests.push(request);
      deletions.chars += size;
      return;
    }
    const slide = request.createSlide;
    if (slide || groups.length === 0) groups.push({ requests: [], slideIds: [], chars: 0 });
    const group = groups[groups.length - 1] as Group;
    if (slide?.objectId) {
      group.slideIds.push(slide.objectId);
      group.requests.push({
        createSlide: { ...slide, insertionIndex: offset + (slide.insertionIndex ?? 0) },
      });
    } else {
      group.requests.push(request);
    }
    group.chars += size;
  });
  const last = groups[groups.length - 1];
  if (!last) return [deletions];
  last.requests.push(...deletions.requests);
  last.chars += deletions.chars;
  return groups;
}

/** Whole groups into calls, in order, each call as full as the budget allows (a group too big on its own goes alone). */
function pack(groups: readonly Group[], budget: CallBudget): Group[] {
  const calls: Group[] = [];
  let current: Group | undefined;
  for (const group of groups) {
    if (
      current &&
      over(budget, current.requests.length + group.requests.length, current.chars + group.chars)
    ) {
      calls.push(current);
      current = undefined;
    }
    if (!current) current = { requests: [], slideIds: [], chars: 0 };
    current.requests.push(...group.requests);
    current.slideIds.push(...group.slideIds);
    current.chars += group.chars;
  }
  if (current) calls.push(current);
  return calls;
}

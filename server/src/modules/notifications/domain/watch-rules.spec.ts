import { effectiveLevel, replyNotifications, type ThreadRelation } from './watch-rules';

const rel = (userId: string, r: Partial<ThreadRelation> = {}): ThreadRelation => ({
  userId,
  threadLevel: null,
  forumLevel: null,
  startedThread: false,
  repliedBefore: false,
  ...r,
});
const event = { postId: 'p', authorId: 'actor', quotedAuthorId: null, mentionedUserIds: [] as string[] };

describe('effectiveLevel', () => {
  it('a chosen thread level wins over starting, replying and the forum', () => {
    expect(effectiveLevel({ threadLevel: 'MUTED', forumLevel: 'WATCHING', startedThread: true, repliedBefore: true })).toBe('MUTED');
    expect(effectiveLevel({ threadLevel: 'NORMAL', forumLevel: 'WATCHING', startedThread: false, repliedBefore: true })).toBe('NORMAL');
  });
  it('starting or replying watches; a watched forum watches its threads; otherwise normal', () => {
    expect(effectiveLevel({ threadLevel: null, forumLevel: 'MUTED', startedThread: true, repliedBefore: false })).toBe('WATCHING');
    expect(effectiveLevel({ threadLevel: null, forumLevel: null, startedThread: false, repliedBefore: true })).toBe('WATCHING');
    expect(effectiveLevel({ threadLevel: null, forumLevel: 'WATCHING', startedThread: false, repliedBefore: false })).toBe('WATCHING');
    expect(effectiveLevel({ threadLevel: null, forumLevel: 'NORMAL', startedThread: false, repliedBefore: false })).toBe('NORMAL');
  });
});

describe('replyNotifications', () => {
  it('tells watchers by REPLY, never the actor, nobody at NORMAL or MUTED', () => {
    const out = replyNotifications(event, [
      rel('asker', { startedThread: true }),
      rel('actor', { threadLevel: 'WATCHING' }),
      rel('quiet', { threadLevel: 'NORMAL', repliedBefore: true }),
      rel('muted', { threadLevel: 'MUTED', startedThread: true }),
      rel('forumWatcher', { forumLevel: 'WATCHING' }),
    ]);
    expect(out.map((n) => [n.recipientId, n.kind])).toEqual([
      ['asker', 'REPLY'],
      ['forumWatcher', 'REPLY'],
    ]);
    expect(out.every((n) => n.actorId === 'actor' && n.postId === 'p')).toBe(true);
  });

  it('the quoted author gets QUOTED (even at NORMAL) and nothing else; a mentioned person gets nothing here', () => {
    const out = replyNotifications({ ...event, quotedAuthorId: 'quoted', mentionedUserIds: ['named'] }, [
      rel('quoted', { threadLevel: 'NORMAL' }),
      rel('named', { startedThread: true }),
    ]);
    expect(out.map((n) => [n.recipientId, n.kind])).toEqual([['quoted', 'QUOTED']]);
  });

  it('a quoted author with no relation to the thread is told; one who muted the thread is not; quoting oneself tells nobody', () => {
    expect(replyNotifications({ ...event, quotedAuthorId: 'stranger' }, []).map((n) => n.kind)).toEqual(['QUOTED']);
    expect(replyNotifications({ ...event, quotedAuthorId: 'm' }, [rel('m', { threadLevel: 'MUTED' })])).toEqual([]);
    expect(replyNotifications({ ...event, quotedAuthorId: 'actor' }, [rel('actor', { startedThread: true })])).toEqual([]);
  });
});

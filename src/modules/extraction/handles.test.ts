import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractEntities } from './extraction.ts';

const handles = (text: string): string[] =>
  extractEntities(text).handles.map((h) => `${h.platform ?? '?'}:${h.handle}`);

describe('social handles', () => {
  it('reads @handles and takes the platform from a nearby mention', () => {
    assert.deepEqual(handles('telegram @stalbansplug24 sends menus'), ['telegram:stalbansplug24']);
    assert.deepEqual(handles('instagram is @al_trapstar, snap @tinyyy_x'), [
      'instagram:al_trapstar',
      'snapchat:tinyyy_x',
    ]);
    assert.deepEqual(handles('@jamal_23 on snap'), ['snapchat:jamal_23']);
    assert.deepEqual(handles('follow @kdog'), ['?:kdog']);
  });

  it('reads handles named after a platform word', () => {
    assert.deepEqual(handles('snap: tiny_23'), ['snapchat:tiny_23']);
    assert.deepEqual(handles('snapchat tiny_23'), ['snapchat:tiny_23']);
    assert.deepEqual(handles('his snapchat is tinyy'), ['snapchat:tinyy']);
    assert.deepEqual(handles('on insta as kd.official'), ['instagram:kd.official']);
    assert.deepEqual(handles('wickr name kdog'), ['wickr:kdog']);
    assert.deepEqual(handles('posted their wickr - wickr me: al_supplies - on the shelter'), ['wickr:al_supplies']);
    assert.deepEqual(handles('t.me/stalbansplug'), ['telegram:stalbansplug']);
  });

  it('reads a handle in brackets after a platform, or shown "with the name"', () => {
    assert.deepEqual(handles('keeps adding her on snap (kaylo.racks) at night'), ['snapchat:kaylo.racks']);
    assert.deepEqual(handles('Snapchat was open with the name tazz_money1 at the top'), ['snapchat:tazz_money1']);
    assert.deepEqual(handles('I saw Snapchat open on his phone with the name of a friend'), []);
    assert.deepEqual(handles('messages from a Snapchat account, trap.lord99, offering work'), ['snapchat:trap.lord99']);
    assert.deepEqual(handles('a Discord user, moneyman.x, who chats to gamers'), ['discord:moneyman.x']);
    assert.deepEqual(handles('he added her on snap, then Tom said no'), []);
  });

  it('does not take prose, times, phone numbers or e-mail parts', () => {
    for (const text of [
      'i messaged him on snapchat yesterday',
      'insta stories',
      'add him on snap tinyy',
      'meet @7pm by the abbey',
      'meet @ 10',
      'bob@example.com',
      'snap name is',
    ]) {
      assert.deepEqual(handles(text), [], text);
    }
    const result = extractEntities('whatsapp 07700 900757');
    assert.deepEqual(result.handles, []);
    assert.equal(result.phones[0]?.e164, '+447700900757');
  });

  it('keeps the span on the handle itself', () => {
    const input = 'Snapchat: bigdawg_al1 is selling';
    const [h] = extractEntities(input).handles;
    assert.ok(h);
    assert.equal(h.text, 'bigdawg_al1');
    assert.equal(input.slice(h.start, h.end), h.text);
    // the "al1" inside the handle is not a postcode
    assert.deepEqual(extractEntities(input).postcodes, []);
  });

  it('reads a handle that messages came from on a platform', () => {
    assert.deepEqual(handles('I found messages on Instagram from jayjay_almighty telling her'), [
      'instagram:jayjay_almighty',
    ]);
    assert.deepEqual(handles('she got a message on snap from school'), []);
  });

  it('reads a handle after "where he is" on a platform', () => {
    assert.deepEqual(handles('she talks to him on Snapchat, where he is Yung.Ace.AL, and'), ['snapchat:yung.ace.al']);
  });

  it('does not take a plain word after "where he is" for a handle', () => {
    assert.deepEqual(handles('on Snapchat, where he is always online'), []);
  });

  it('reads a handle after a colon that follows a handle cue, after "snap me", and "with the username"', () => {
    assert.deepEqual(handles('Also Snap handle given by youths: y.deadman.ss. Substances seen'), [
      'snapchat:y.deadman.ss',
    ]);
    assert.deepEqual(handles('same day drop AL2 2 area, snap me: gasman.al'), ['snapchat:gasman.al']);
    assert.deepEqual(handles('He had a Snapchat story up with the username lucawhitelines_. Drives a Golf'), [
      'snapchat:lucawhitelines_',
    ]);
    assert.deepEqual(handles('snap me later, and the snap name given was daft'), []);
    // Bounded: no backtracking over a long run before the colon.
    assert.deepEqual(handles(`snap handle ${'a '.repeat(20_000)}:`), []);
  });

  it('takes no plain word after a colon or "snap me", and reads "with the username" right after a platform', () => {
    assert.deepEqual(handles('Snapchat account provided: none. snap me: later.'), []);
    assert.deepEqual(handles('Messaged on snapchat with the username kingpin99'), ['snapchat:kingpin99']);
  });

  it('reads a second handle named with its platform in a list after the first', () => {
    assert.deepEqual(handles("Mo's socials are @mo.thegoat on Instagram and moneymo on TikTok. Happy to talk"), [
      'instagram:mo.thegoat',
      'tiktok:moneymo',
    ]);
    assert.deepEqual(handles('I saw it on TikTok and videos on Instagram'), []);
  });

  it('reads accounts named in prose by a name only a handle has, and no group or place after WhatsApp', () => {
    assert.deepEqual(
      handles(
        "I've copied some of his Snapchat messages. The account sending them is kay.stackz, and another one, " +
          'trapstarr_harps, keeps adding him to a group.',
      ),
      ['snapchat:kay.stackz', 'snapchat:trapstarr_harps'],
    );
    assert.deepEqual(handles("Copied from our Year 8 parents' WhatsApp (Harpenden). The account is the school's."), []);
    // Sums, ordinals, references and other kinds of account.
    assert.deepEqual(
      handles('My bank account is 2k overdrawn. The account is 50p short. On Snapchat the account is 1st class.'),
      [],
    );
    assert.deepEqual(
      handles('The account name on his bank is mr_a_khan. The user name is admin123 on the Ring doorbell.'),
      [],
    );
    assert.deepEqual(handles("YP's Snapchat was renamed while missing to @ghostgang.al1"), ['snapchat:ghostgang.al1']);
  });
});

describe('extractHandles: an account quoted after "from account", no platform named (set 30)', () => {
  it('reads the quoted name, and not an unquoted word or a bank account', () => {
    const found = (text: string): string[] => extractEntities(text).handles.map((h) => h.handle);
    assert.deepEqual(found("RP found msgs on his iPad from acct 'trapstar_kd' saying 'ur on shift'"), ['trapstar_kd']);
    assert.deepEqual(found('RP found msgs from acct trapstar_kd saying hi'), []);
    assert.deepEqual(found("a payment from bank account 'mr_a_khan' went out"), []);
  });

  it('reads an account called by a name only a handle has, in any case, where the text names a platform', () => {
    assert.deepEqual(handles('On his Snapchat there are messages from an account called deX_official99 saying'), [
      'snapchat:dex_official99',
    ]);
    // Not a group's name of words, nor a handle-like name with no platform in the text.
    assert.deepEqual(handles('on Facebook, a group called Harpenden Mums'), []);
    assert.deepEqual(handles('a bank account called Saver_2 was opened'), []);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractPeople } from './people.ts';
import { Claims } from './spans.ts';

const people = (text: string): string[] => extractPeople(text, new Claims()).map((p) => `${p.kind}:${p.name}`);

describe('extractPeople', () => {
  it('takes capitalised names after naming cues', () => {
    assert.deepEqual(people('a lad called Jamal was there'), ['name:Jamal']);
    assert.deepEqual(people('named Daniel Smith'), ['name:Daniel Smith']);
    assert.deepEqual(people('His name is Daniel Smith, he lives'), ['name:Daniel Smith']);
    assert.deepEqual(people("the dealer's name's O'Neill"), ["name:O'Neill"]);
  });

  it('takes nicknames after nickname cues, quoted or name-like', () => {
    assert.deepEqual(people("man known as 'Tiny' about 40"), ['nickname:Tiny']);
    assert.deepEqual(people('the lad goes by K-Dog'), ['nickname:K-Dog']);
    assert.deepEqual(people('calls himself Bigman'), ['nickname:Bigman']);
    assert.deepEqual(people("another one they call 'Smiley'"), ['nickname:Smiley']);
    assert.deepEqual(people('a lad "Ghost" recruits kids'), ['nickname:Ghost']);
    assert.deepEqual(people('a man calling himself Dee'), ['nickname:Dee']);
  });

  it('takes an age given right next to the name, and no number that is not an age', () => {
    const ageOf = (text: string) => extractPeople(text, new Claims()).map((p) => p.age);
    assert.deepEqual(ageOf('A lad called Jon Smyth, aged 15, deals'), [15]);
    assert.deepEqual(ageOf('a man called Jon Smyth (34) at the flat'), [34]);
    assert.deepEqual(ageOf('a 16 year old boy called Tyler Brown runs for them'), [16]);
    assert.deepEqual(ageOf("known as 'Tiny' about 17 years old"), [17]);
    assert.deepEqual(ageOf('a girl named Amy 14yo'), [14]);
    // A house number, a time or an age far from the name is not this person's age.
    assert.deepEqual(ageOf('someone called Jon Smyth 14 Hatfield Road'), [undefined]);
    assert.deepEqual(ageOf('a man called Jon Smyth at 10 pm with a boy aged 12'), [undefined]);
  });

  it('prefers precision: no pronouns, services, lower-case words or bare capitals', () => {
    for (const text of [
      'I called the Police',
      'they called 999',
      'what is known as cuckooing',
      'he goes by tiny',
      'Charlie has been selling',
      'Harpenden was busy',
      'called Crimestoppers yesterday',
    ]) {
      assert.deepEqual(people(text), [], text);
    }
  });

  it('takes a given name from the public lists without a cue, with a surname after it', () => {
    assert.deepEqual(people('he goes out with Tyrese most nights'), ['name:Tyrese']);
    assert.deepEqual(people('Derek was there'), ['name:Derek']);
    assert.deepEqual(people('the tenant on the lease is Carla Benn but'), ['name:Carla Benn']);
    assert.deepEqual(people("it came from Ollie's older brother"), ['name:Ollie']);
    assert.deepEqual(people('ask Mrs Okafor at number 4'), ['name:Mrs Okafor']);
    assert.deepEqual(people("'Big Jim back on the road'"), ['nickname:Big Jim']);
    // A given name that is also a word counts inside a sentence, not at its start.
    assert.deepEqual(people('I told Grace about it'), ['name:Grace']);
    assert.deepEqual(people('Grace period is over'), []);
  });

  it('takes no given name that is part of a place, a street, a car or a thing', () => {
    for (const text of [
      'he drives to Colney Heath every night',
      'a blue Seat Leon with no plate',
      'a white Range Rover Sport',
      'they live on Harvey Road',
      'by the Abbey stop',
      'in a black Mercedes A-Class',
      'a trip to Paris in May',
      'a black Cooper parked across my drive',
      'outside number 129 Elizabeth every night',
    ]) {
      assert.deepEqual(people(text), [], text);
    }
  });

  // A guard against catastrophic backtracking on public text, not a speed target: the closing quote once
  // allowed emoji through nested quantifiers and a saved name with thirty emoji took minutes.
  it('returns on text built to make its patterns backtrack', { timeout: 10_000 }, () => {
    for (const text of [
      `saved as 'Wolfie ${'🐺'.repeat(40)} x`,
      `saved as 'Wolfie ${'🐺 '.repeat(2000)}x`,
      `a pupil ${'x '.repeat(3000)}, Mason`,
      `saved ${'a'.repeat(20_000)}`,
      'tell '.repeat(5000),
      'Big Tyrese Hale '.repeat(2000),
      "'".repeat(10_000),
      `Please refer to${' '.repeat(40_000)}`,
      `my 15 year old${' '.repeat(40_000)},`,
      `J. ${'J. Brown, '.repeat(3000)}`,
      'A.B. '.repeat(5000),
      `£ 'yo its${' '.repeat(40_000)}x`,
      `£ ${'Zico '.repeat(5000)}back`,
      `Mo from the ${"'".repeat(10_000)} line`,
      `'${'x '.repeat(20_000)}works for Tank`,
      `Des's ${"Des's ".repeat(5000)}nephew`,
      // A run of spaces after a cue: one way through it (2.3 s before, now milliseconds).
      `known as${' '.repeat(40_000)}`,
      `, name${' '.repeat(40_000)}Rafa`,
      `with name${' '.repeat(40_000)}`,
      `named female ${'A'.repeat(50_000)}`,
      `call me ${'Abc '.repeat(10_000)}`,
      `known to him ${' as'.repeat(10_000)}`,
      `Callum ${'BREWER '.repeat(10_000)}`,
    ]) {
      assert.ok(Array.isArray(extractPeople(text, new Claims())));
    }
  });

  it('gives spans that cover only the name', () => {
    const input = "known as 'Tiny'.";
    const [p] = extractPeople(input, new Claims());
    assert.ok(p);
    assert.equal(input.slice(p.start, p.end), 'Tiny');
  });

  it('takes names from cues found by the fourth held-out set', () => {
    assert.deepEqual(people('Fella running it goes by Nicky Two Times. Gets a runner down'), [
      'nickname:Nicky Two Times',
    ]);
    assert.deepEqual(people("One of them mentioned 'Smokey' and said he owes"), ['nickname:Smokey']);
    assert.deepEqual(people("his phone lit up with 'Bossman' calling"), ['nickname:Bossman']);
    assert.deepEqual(people("Clients refer to the supplier as 'Mr T' or 'Tommo'."), [
      'nickname:Mr T',
      'nickname:Tommo',
    ]);
    assert.deepEqual(people('her partner, who she calls Deano, was in the kitchen'), ['nickname:Deano']);
    assert.deepEqual(people("a man who she calls 'Jay'"), ['nickname:Jay']);
    assert.deepEqual(people("only heard called 'Big Man' or 'Fats'"), ['nickname:Big Man', 'nickname:Fats']);
    assert.deepEqual(people('The tenant (Paul) looked terrified'), ['name:Paul']);
    assert.deepEqual(people('My 15 year old, Molly, has been going missing'), ['name:Molly']);
    assert.deepEqual(people('the name on the post (a Mrs P. Okafor)'), ['name:Mrs P. Okafor']);
    assert.deepEqual(people("parcels addressed to 'D. Marsh'"), ['name:D. Marsh']);
    assert.deepEqual(people("going 'OT' to Luton"), []);
  });

  it('takes a quoted given name only when the quotation is the name', () => {
    assert.deepEqual(people("He refers to them as 'Rico' and 'the little one'"), ['nickname:Rico']);
    assert.deepEqual(people("the menu said 'Cali £50 an eighth'"), []);
  });

  it('gives a later given name alone the full name the report gave it', () => {
    const found = extractPeople('The tenant is Kerry Walsh but one of them said Kerry was away.', new Claims());
    assert.deepEqual(
      found.map((p) => [p.name, p.text]),
      [
        ['Kerry Walsh', 'Kerry Walsh'],
        ['Kerry Walsh', 'Kerry'],
      ],
    );
  });

  it('takes names from cues found by the fifth held-out set', () => {
    assert.deepEqual(people("A man her daughter calls 'Tall Kev' has been"), ['nickname:Tall Kev']);
    assert.deepEqual(people("one referred to as 'Smokey', early 20s"), ['nickname:Smokey']);
    assert.deepEqual(people("said he owed 'Stacks' eight hundred pounds"), ['nickname:Stacks']);
    assert.deepEqual(people('he said he owes Jamal for the phone'), ['name:Jamal']);
    assert.deepEqual(people("his big brother 'sells sniff for Mr Blue' and"), ['nickname:Mr Blue']);
    assert.deepEqual(people('just give it to Ahmed at the counter'), ['name:Ahmed']);
    assert.deepEqual(people('they call the main 1 Nines he got a red golf'), ['nickname:Nines']);
    assert.deepEqual(people("They call him Ricky, sometimes 'Slim Rick'."), ['nickname:Ricky', 'nickname:Slim Rick']);
    assert.deepEqual(people('Staff call him Card Machine Carl, no idea'), ['nickname:Card Machine Carl']);
    assert.deepEqual(people('a man known as Kilo or K-Man whose real name'), ['nickname:Kilo', 'nickname:K-Man']);
    assert.deepEqual(people('also other man tall with name Fox. Please help'), ['name:Fox']);
    assert.deepEqual(people('the lads call him Tank 1k a week, he said'), ['nickname:Tank']);
    // Employers and possessives are not names.
    assert.deepEqual(people('my dad works for Amazon and'), []);
    assert.deepEqual(people('her uncle works for British Gas and she owes Royal Mail a parcel'), []);
    assert.deepEqual(people("a picture of Mr Blue's van"), ['name:Mr Blue']);
  });

  it('does not take organisations, descriptions, cars or phone calls for people (review of the new cues)', () => {
    for (const text of [
      'He owes Barclays £3000 and works for Capita',
      'He was working for Ocado. Pass it to Control.',
      "He said he 'works for Amazon' now.",
      'The male (Black) ran off; a male (Asian) followed.',
      'My 15 year old Ford Fiesta was parked there, and our 12 year old Labrador barked.',
      "She mentioned 'Universal Credit'. The name of the pub is 'Red Lion'.",
      "Residents call 'Bottle Alley' the worst spot; they refer to the flat as Base.",
      'Who calls Kev at 2am? I call Ryanair about the refund.',
    ]) {
      assert.deepEqual(people(text), [], text);
    }
  });

  it("takes whom someone says they work for when the name closes the quotation ('working for Trigger')", () => {
    assert.deepEqual(people("a third told me they're 'working for Trigger' now"), ['nickname:Trigger']);
    assert.deepEqual(people("told a teammate he 'works for Tank', that Tank pays him"), ['nickname:Tank']);
    // Unquoted, or quoted with more after the name, it stays the review's rule: a listed given name only.
    assert.deepEqual(people("a third told me they're working for Trigger now"), []);
    assert.deepEqual(people("He said 'I work for Deliveroo, honest'"), []);
  });

  it('keeps a name that opens quoted speech, but not a product that opens a quoted menu', () => {
    assert.deepEqual(people('She shouted "Jamal, get inside now"'), ['name:Jamal']);
    assert.deepEqual(people("'Cali 🌲 £50/8th'"), []);
  });

  it('gives a short name the full name only without a cue, an age or a second full name', () => {
    const names = (text: string) => extractPeople(text, new Claims()).map((p) => p.name);
    assert.deepEqual(names('My neighbour Kerry Walsh saw it. A girl called Kerry, about 14, was used to carry.'), [
      'Kerry Walsh',
      'Kerry',
    ]);
    assert.deepEqual(names('Chris Bell and Chris Doyle were there and Chris had a knife.'), [
      'Chris Bell',
      'Chris Doyle',
      'Chris',
    ]);
  });

  it('takes names from cues found by the sixth held-out set, each written to hold beyond it', () => {
    // Kinship words written as a title.
    assert.deepEqual(people("said Aunty Bec bought it. He is 'going to work for Uncle Ray'"), [
      'nickname:Aunty Bec',
      'nickname:Uncle Ray',
    ]);
    assert.deepEqual(people('my uncle said so. Uncle He'), []);
    // Initials and surnames in a list or after an addressing cue; dotted initials of a young person.
    assert.deepEqual(people('addressed to different names: J. Brown, D. Khan, S. Brown. Curtains shut'), [
      'name:J. Brown',
      'name:D. Khan',
      'name:S. Brown',
    ]);
    assert.deepEqual(people('Parcels addressed to K. Osei arrive daily'), ['name:K. Osei']);
    assert.deepEqual(people('We use plan B. Then we wait.'), []);
    assert.deepEqual(people('Child J.M. was located. J.M. said he was paid.'), ['name:J.M.', 'name:J.M.']);
    assert.deepEqual(people('Seen at 3 P.M. by the G.P. in the U.K.'), []);
    // A line's name in its own advert; not without an advert around it.
    assert.deepEqual(people("'🚨 NEW LINE 🚨 Zico back on 07700 900 482 ⛽ white n dark'"), ['nickname:Zico']);
    assert.deepEqual(people("'Gud mornin fam 🌞 Dinho on da line 🚗💨 big sizes 4 da white'"), ['nickname:Dinho']);
    assert.deepEqual(people("'Yo its Ripz 🔥 fresh shipment landed. zaza n lemon haze 20s'"), ['nickname:Ripz']);
    assert.deepEqual(people("'BIGGA BACK ON 🚨 b n w, 3 for 25'"), []);
    assert.deepEqual(people('Stevenage back on the fixture list next week.'), []);
    // The name of a line just spoken of; a runner from a named line; whoever sent the speaker.
    assert.deepEqual(people('a new line in St Albans, they call it Tommo, texts go out'), ['nickname:Tommo']);
    assert.deepEqual(people('they call it Bottle Alley round here'), []);
    assert.deepEqual(people("he's 'Mo from the Benny line'"), ['nickname:Mo', 'nickname:Benny']);
    assert.deepEqual(people('Runners from the Benny line sit outside'), ['nickname:Benny']);
    assert.deepEqual(people("'ask for Ricky, say Moz sent you'"), ['nickname:Ricky', 'nickname:Moz']);
    // Contacts saved with or without "as", and every contact of a list.
    assert.deepEqual(people("contacts saved as 'Pabz 💰' and 'Nitro'. A contact saved 'Boss Man 🐐'."), [
      'nickname:Pabz',
      'nickname:Nitro',
      'nickname:Boss Man',
    ]);
    // "called himself", a second name after "another", whose name a booking is in.
    assert.deepEqual(people('One called himself Dre, another Junior K.'), ['nickname:Dre', 'nickname:Junior K']);
    assert.deepEqual(people('A member registered as Ali Reza Ahmadi has been selling'), ['name:Ali Reza Ahmadi']);
    assert.deepEqual(people("the name on the order is 'Molly'"), ['nickname:Molly']);
    // An associate named in quotes.
    assert.deepEqual(people("an adult male and his associate 'K-Dog'"), ['nickname:K-Dog']);
  });

  it('takes names from cues found by the seventh held-out set, each written to hold beyond it', () => {
    assert.deepEqual(people("Names used: 'Skeng' and 'Jojo'. Names given as 'Dinho' and 'Cass'."), [
      'nickname:Skeng',
      'nickname:Jojo',
      'nickname:Dinho',
      'nickname:Cass',
    ]);
    assert.deepEqual(people("he 'owes' £600 to an older male known to him as 'Chops'"), ['nickname:Chops']);
    assert.deepEqual(people("one who said 'call me Prince'. Please call me ASAP"), ['nickname:Prince']);
    assert.deepEqual(people('INFT also named female SHANNON as lookout'), ['name:SHANNON']);
    assert.deepEqual(people("occupant's son Callum BREWER (approx 19). Kofi CCTV shows"), [
      'name:Callum BREWER',
      'name:Kofi',
    ]);
    assert.deepEqual(people("Des's nephew Rhys is always with him. its 1 called Rizla n his bredrin lil T"), [
      'name:Rhys',
      'name:Rizla',
      'name:lil T',
    ]);
    // Initials in a list of names, after "initials" or a word for the person, set off by commas.
    assert.deepEqual(people('addressed to different names each time (Jamal Hussein, K. Brennan, Sasha Ilić)'), [
      'name:Jamal Hussein',
      'name:K. Brennan',
      'name:Sasha Ilić',
    ]);
    assert.deepEqual(people('Patient initials A.R. Client (initials D.F.) collects. Another volunteer, J.M., saw.'), [
      'name:A.R.',
      'name:D.F.',
      'name:J.M.',
    ]);
    // A thing named is not a person.
    assert.deepEqual(people("a group chat called 'TRAPSTARS 🏠' and a pub called Crown"), []);
  });

  it('takes names from cues found by the eighth held-out set, each written to hold beyond it', () => {
    assert.deepEqual(people("carry drugs for a man known only as 'Uncle'"), ['nickname:Uncle']);
    assert.deepEqual(people('my players, Tyrese and Oluwaseun (everyone calls him Shaun).'), [
      'name:Tyrese',
      'name:Oluwaseun',
      'nickname:Shaun',
    ]);
    assert.deepEqual(people("She has heard them call one of the men 'Smokey'."), ['nickname:Smokey']);
    assert.deepEqual(people('I am worry for my shop. Thank you, Abu Karim'), ['name:Abu Karim']);
    assert.deepEqual(people("One boy answers to Kane and the other to 'Little P'."), [
      'nickname:Kane',
      'nickname:Little P',
    ]);
    assert.deepEqual(people('one of them, Deano, takes his pension card'), ['name:Deano']);
    assert.deepEqual(people('A freelance PT here, Rhys, has been selling'), ['name:Rhys']);
    assert.deepEqual(people('Patient (Jordan Ellis-Ward) reported taking'), ['name:Jordan Ellis-Ward']);
    assert.deepEqual(people('His friend come always, name Rafa, with black Mini'), ['name:Rafa']);
    assert.deepEqual(people('MASH referral. Child: Amani Yusuf, 15. Referrer: social worker'), ['name:Amani Yusuf']);
    assert.deepEqual(people("exploited by an adult male, 'Benz' (possibly Benjamin Asante)"), [
      'nickname:Benz',
      'name:Benjamin Asante',
    ]);
    assert.deepEqual(people("a man shouted 'Oi, Little Rizz, you got any brown?'"), ['nickname:Little Rizz']);
    assert.deepEqual(people("'Tell Yusuf I'm in Albans, I'll link Boogz by the Co-op.'"), [
      'nickname:Yusuf',
      'nickname:Boogz',
    ]);
    assert.deepEqual(people("a notebook with a list: 'Jonno 40, Big Sal 60, Priya 20'"), [
      'nickname:Jonno',
      'nickname:Big Sal',
      'nickname:Priya',
    ]);
    assert.deepEqual(people('Tenant (Mr Pádraig Cullinane, 58, vulnerable adult)'), ['name:Mr Pádraig Cullinane']);
    // Not people: a pet, a year group and a bus route listed with numbers, the drug on a menu.
    assert.deepEqual(people('My dog Tyson always barks at him.'), []);
    assert.deepEqual(people('Year 10, Route 84 and Flat 12 were mentioned.'), []);
    assert.deepEqual(people("'Mandy, pingers, ket, Cali bud, gas 🎈'"), []);
  });

  it('does not take descriptions, forms, shops, brands or shouted words for people (review of the new cues)', () => {
    for (const text of [
      'Menu: Haze 20, Gas 40, Kush 60.',
      'Results: Maths 7, English 6, Science 5. Milk 2, Eggs 12.',
      'Name: Unknown. Child: None. Caller: Anonymous. Mother: Informed. Suspect: Unknown Male.',
      'Subject: Drug Dealing On Hatfield Road. Tenant: Clarion Housing',
      'A male (White British) and a female (Black African). Caller (Withheld Number)',
      'Regards, Concerned Parent',
      'Thank you, Officer',
      "A male, 'about 20', was there. A female, 'possibly Asian'.",
      '£20 for H. Jake said no.',
      'P.E. was cancelled. I.T. said no. The C.P.S. said so.',
      'One of the cars, Ford Focus, was there. The coach, National Express, was late. One of them, Honestly, was',
      'The Cottonmill Estate (known as the Mill). Clarence Park (aka Clarry)',
      'registered as SORN. In the name of God. The name on the box says Fragile.',
      'Kids back in school tomorrow 😩. Football back on Saturday, £3. Gran on the line 😘',
      "'Hi its Royal Mail, your parcel £1.45 07700 900123'",
      'Yesterday Vodafone sent me a text.',
      "'Safe Big Man' and 'Cheers Young Man'",
      'Cousin Itt. I saved it in my calendar. Linked Snapchat to his account',
      'a pub called the Crown',
    ]) {
      assert.deepEqual(people(text), [], text);
    }
    // A capitalised word shouted after a name is not its surname; a title takes a second word only after a
    // listed given name; a kinship title is not a brand's.
    assert.deepEqual(people('Daniel PLEASE call. Connor HMP Bedford'), ['name:Daniel', 'name:Connor']);
    assert.deepEqual(people('Dr Patel Surgery is on the corner.'), ['name:Dr Patel']);
    assert.deepEqual(people("Uncle Ben's rice"), ['name:Ben']);
  });

  it('takes names from cues found by the ninth held-out set, each written to hold beyond it', () => {
    assert.deepEqual(
      people("'Nino 🔥 B/W 💯 10s & 20s ✅ 3 for £25' from 07700 900 245. Another line signing off as Bandz"),
      ['nickname:Nino', 'nickname:Bandz'],
    );
    assert.deepEqual(people("male resident, known locally as 'Pops' (vuln)"), ['nickname:Pops']);
    assert.deepEqual(people("Other passengers have told me he's 'Little P'"), ['nickname:Little P']);
    assert.deepEqual(people("She named two of them as Dwayne and 'Scrappy'."), ['name:Dwayne', 'nickname:Scrappy']);
    assert.deepEqual(people('already banned from the centre, surnames Halloran and Nwachukwu.'), [
      'name:Halloran',
      'nickname:Nwachukwu',
    ]);
    assert.deepEqual(people('She names Joker, Big Sy and Kiki. Keyworker: Hannah Lomax'), [
      'name:Joker',
      'nickname:Big Sy',
      'nickname:Kiki',
      'name:Hannah Lomax',
    ]);
    assert.deepEqual(people('Tenant Mr Vusumuzi Ndlovu (vulnerable) reports'), ['name:Mr Vusumuzi Ndlovu']);
    // A later title and surname take the full name given with the title.
    const names = (text: string) => extractPeople(text, new Claims()).map((p) => p.name);
    assert.deepEqual(names("(he is Mr Gideon Farrow, 58). I believe Mr Farrow's methadone is diverted"), [
      'Mr Gideon Farrow',
      'Mr Gideon Farrow',
    ]);
    // Not people: a dog called by its name, a clothing brand, a drug opening a menu.
    assert.deepEqual(people('They have a big dog called Tyson that barks. He always wears Stone Island.'), []);
    assert.deepEqual(people("'Cali 🌲 £50/8th' from 07700 900 245"), []);
  });

  it('takes names from cues found by the tenth held-out set, each written to hold beyond it', () => {
    assert.deepEqual(people("Driver IC3 male approx 20yrs, known to caller as 'Kane'."), ['nickname:Kane']);
    assert.deepEqual(people("One young person, 'Little T', disclosed he is working"), ['nickname:Little T']);
    assert.deepEqual(people('I think the boy is in danger. Revd Daniel Mensah'), ['name:Revd Daniel Mensah']);
    assert.deepEqual(people("paying cash, name on the booking 'Chelsea Price'. Since then"), [
      'nickname:Chelsea Price',
    ]);
    assert.deepEqual(people("Names heard: 'Tommo', 'Lewis'. Call dropped"), ['nickname:Tommo', 'nickname:Lewis']);
    assert.deepEqual(people("a bloke who said to text 'Frosty' on 07700-900-733"), ['nickname:Frosty']);
    assert.deepEqual(people('The plot is let to a K. Sandhu according to the noticeboard.'), ['name:K. Sandhu']);
    assert.deepEqual(people('The tenancy is in the name of a Mr Nguyen Van Long but'), ['name:Mr Nguyen Van Long']);
    assert.deepEqual(people("asks him to carry 'parcels' to Uncle Femi's car"), ['nickname:Uncle Femi']);
    assert.deepEqual(people('He calls one of them Fish and the other Little Man.'), [
      'nickname:Fish',
      'nickname:Little Man',
    ]);
    assert.deepEqual(people("The passenger shouted at the driver 'Deano let's go'."), ['name:Deano']);
  });
});

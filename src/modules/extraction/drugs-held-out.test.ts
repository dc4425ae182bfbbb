// The drug rules written from what the eleventh to thirteenth blind held-out sets missed, and what two precision
// reviews of them found taken for drugs: counted menu words, quoted talk, what something is said to be.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDrugs } from './drugs.ts';
import { Claims } from './spans.ts';

const drugs = (text: string): string[] => extractDrugs(text, new Claims()).map((d) => `${d.text}=${d.name}`);

describe('extractDrugs: what the later held-out sets found', () => {
  it('reads menu letters and colours counted in speech and messages, as the eleventh held-out set wrote them', () => {
    assert.deepEqual(drugs("telling him to 'get the train and drop 10 b and 10 w by the station'"), [
      'b=heroin',
      'w=crack',
    ]);
    assert.deepEqual(drugs("'tap in 2moro, u owe me 2 b's n a w'"), ["b's=heroin", 'w=crack']);
    assert.deepEqual(
      drugs("They give money in the window and take a small packet. I hear one man say 'two white two brown'."),
      ['white=crack', 'brown=heroin'],
    );
    assert.deepEqual(drugs("Always paid cash. Tonight one was on the phone saying 'tell Dre I've got 30 light left'"), [
      'light=crack',
    ]);
    assert.deepEqual(drugs("'need u at the spot for 4 bring the 10 Bs'"), ['Bs=heroin']);
    assert.deepEqual(drugs("they sell drugs and shout 'white, brown' to people who come in cars"), [
      'white=crack',
      'brown=heroin',
    ]);
    // Flats, grades, laundry, a pair of dogs, things counted with their noun: not a menu.
    assert.deepEqual(drugs('She lives at Flat 10 B on Hatfield Road. Bus 3 W goes to the station.'), []);
    assert.deepEqual(drugs('She got 3 Bs in her mocks and needs 2 Bs to stay.'), []);
    assert.deepEqual(drugs('his mum has 4 darks and 3 lights in the wash to bring'), []);
    assert.deepEqual(drugs('Two dogs, one white one brown, bark all night. I left 2 white ones on the side.'), []);
    assert.deepEqual(
      drugs('Can you drop 2 white shirts and 1 brown jacket at the cleaners? Colours: white, brown.'),
      [],
    );
    // Form groups and flats, letters counted outside speech, and quoted colours where nothing is being dealt.
    assert.deepEqual(drugs('Form groups 10W and 10B were out on the field. Takeaway drivers deliver to 12 B.'), []);
    assert.deepEqual(drugs("lol he owes me 2 b's n a w from the shop, bagels innit"), []);
    assert.deepEqual(drugs("I told him 'two white two brown' for the coffees. Paint colours: 'white, brown'"), []);
    assert.deepEqual(drugs('Bottle bank: drop 10 white and 10 brown bottles.'), []);
    assert.deepEqual(drugs("'only got 2 darks left' said the woman on the chocolate stall"), []);
  });

  it('reads what the twelfth held-out set wrote, in forms written to hold beyond it', () => {
    // What something is said to be.
    assert.deepEqual(drugs("white powder, the boys say it is 'charlie'"), ['charlie=cocaine']);
    assert.deepEqual(drugs('a big block of what he said was bud'), ['bud=cannabis']);
    assert.deepEqual(drugs('some crystals she said were MD'), ['MD=mdma']);
    assert.deepEqual(drugs('30 cling-wrapped rocks of what he believes is crack in the bin store'), ['crack=crack']);
    assert.deepEqual(drugs("The van, it's white. He said it was green, the car. A crack in the wall."), []);
    // Quoted pairs and menu words in a text about dealing, counted stones, more of something.
    assert.deepEqual(drugs("Patient had 14 wraps which he described as 'light and dark'"), [
      'light=crack',
      'dark=heroin',
    ]);
    assert.deepEqual(drugs("they are selling 'white' and 'brown' to the addicts"), ['white=crack', 'brown=heroin']);
    assert.deepEqual(
      drugs("He came back with a different bag, saying 'tell Mikey the line's dry, no light left, only dark'"),
      ['light=crack', 'dark=heroin'],
    );
    assert.deepEqual(drugs("re-upping the line, 'the white's low, need 20 more stones by tonight'"), ['stones=crack']);
    assert.deepEqual(drugs("'we need more brown, the cats are going mad'"), ['brown=heroin']);
    assert.deepEqual(drugs("on the phone saying 'mi out, need more white, send it to the spot'"), ['white=crack']);
    assert.deepEqual(drugs("'something for the pain' – a brown powder they burn on foil"), ['brown powder=heroin']);
    // What a precision review found: names, idioms, street lights, shopping and party talk.
    assert.deepEqual(drugs("It's Charlie from number 6 that keeps calling. It was Molly who saw the knife."), []);
    assert.deepEqual(
      drugs('some sort of crack down on the dealers, a bit of crack in the windscreen, crack of dawn'),
      [],
    );
    assert.deepEqual(
      drugs('I need more pills from the GP. We need more speed on the broadband. Need more brown sauce.'),
      [],
    );
    assert.deepEqual(drugs("They sell weed. My neighbour said 'there's no light left in the alley, it's too dark'"), [
      'weed=cannabis',
    ]);
    assert.deepEqual(drugs("'got any white? need it for the party tonight'"), ['white=cocaine']);
    assert.deepEqual(drugs('The foil blanket the paramedic gave Charlie kept him warm.'), []);
    assert.deepEqual(drugs("The paint is 'white' and 'brown' on the fence."), []);
  });

  it('reads what the thirteenth held-out set wrote, in forms written to hold beyond it', () => {
    assert.deepEqual(drugs("they 'cook up' in his kitchen and the smell of the rock makes him ill"), ['rock=crack']);
    assert.deepEqual(drugs('[19:02, 03/12] Me: ye 2 of the light\n[19:06, 03/12] Deano: bring the p, no tick'), [
      'light=crack',
    ]);
    assert.deepEqual(drugs("He'd also asked us if we sold 'bars' and got annoyed."), ['bars=benzodiazepines']);
    assert.deepEqual(drugs('a bag with loads of tiny wraps in it, brown ones and white ones'), [
      'brown=heroin',
      'white=crack',
    ]);
    assert.deepEqual(drugs('they stand by my fence smoking that wacky baccy'), ['wacky baccy=cannabis']);
    assert.deepEqual(drugs('one was bagging up brown powder on the kitchen table'), ['brown powder=heroin']);
    assert.deepEqual(drugs("a notebook with lists like 'Liam 2W 1B' and 'Fat Stan 3W'"), ['W=crack', 'B=heroin']);
    // Still no menu: form groups unquoted, the smell of the white paint.
    assert.deepEqual(drugs('Form groups 10W and 10B. The smell of the white paint.'), []);
  });

  it('reads an emoji menu, stock in hand, crack given on tick and nitrous named again', () => {
    assert.deepEqual(
      drugs(
        "'Yo its Tizzy 🔥 fresh drop today 🔥 🍫 dark 🍫 n ❄️ light ❄️ ting ready, also got bars n bud 🍃 Link me O77OO 9OO 254'",
      ),
      ['dark=heroin', 'light=crack', 'bars=benzodiazepines', 'bud=cannabis'],
    );
    assert.deepEqual(drugs("I hear him say to a man in a car 'I only got charlie left'."), ['charlie=cocaine']);
    assert.deepEqual(drugs('a woman called Auntie Rose gives him crack on tick'), ['crack=crack']);
    assert.deepEqual(drugs("'Kofi, bring the canisters and the green'. They leave nitrous cans all over the pumps."), [
      'canisters=nitrous oxide',
      'green=cannabis',
      'nitrous=nitrous oxide',
    ]);
    // The everyday noun, and containers with no nitrous named.
    assert.deepEqual(drugs('Give it a crack, he said. He gave him a crack round the head.'), []);
    assert.deepEqual(drugs('Bring the canisters for the camping stove and the green tent.'), []);
    assert.deepEqual(drugs('They sell nitrous at the flats. The council brought balloons for the fete.'), [
      'nitrous=nitrous oxide',
    ]);
    assert.deepEqual(drugs('we only got charlie left on the team'), []);
    assert.deepEqual(drugs('☕ dark ☕ roast or ☕ light ☕ roast, 🎂 white 🎂 or 🎂 brown 🎂 bread'), []);
    assert.deepEqual(drugs('they run a crack house and he has a crack habit'), ['crack=crack', 'crack=crack']);
  });
});

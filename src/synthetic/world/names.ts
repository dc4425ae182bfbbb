// Invented people need believable names. These are common UK given names and surnames (ONS
// top-name lists in spirit, typed by hand); no list was copied and no real person is meant.
// Offenders, victims and neighbours all draw from the same lists, so no kind of name is tied to
// any role in the generated data.

/** A comma-separated list written as text, so the name lists stay compact and readable. */
function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export const FEMALE_ADULT_NAMES: readonly string[] = list(`
  Susan, Karen, Tracey, Julie, Sharon, Michelle, Lisa, Joanne, Maureen, Carol, Linda, Pauline, Denise,
  Sandra, Janet, Angela, Donna, Kelly, Emma, Sarah, Claire, Nicola, Gemma, Hayley, Rachel, Amanda,
  Helen, Louise, Priya, Aisha, Fatima, Zainab, Agnieszka, Grace, Abena, Shauna, Bernadette, Jean,
  Margaret, Wendy
`);

export const MALE_ADULT_NAMES: readonly string[] = list(`
  David, Paul, Mark, Andrew, Steven, Gary, Darren, Lee, Wayne, Craig, Derek, Keith, Graham, Colin,
  Trevor, Barry, Kevin, Stuart, Neil, Simon, Martin, Shaun, Dean, Jason, Mohammed, Adam, Omar, Imran,
  Kwame, Tunde, Marcus, Andre, Jermaine, Piotr, Tomasz, Ryan, Daniel, Jamie, Carl, Terry
`);

export const FEMALE_YOUNG_NAMES: readonly string[] = list(`
  Ellie, Chloe, Lily, Amelia, Ruby, Mia, Jessica, Holly, Leah, Courtney, Paige, Keira, Demi, Jade, Tia,
  Amara, Maisie, Sophie, Aaliyah, Skye
`);

export const MALE_YOUNG_NAMES: readonly string[] = list(`
  Jayden, Kai, Tyler, Kyle, Callum, Liam, Mason, Ethan, Harvey, Leo, Alfie, Charlie, Riley, Archie,
  Josh, Connor, Reece, Jordan, Lewis, Ashton, Deshawn, Tyrell, Zain, Bilal, Kacper, Ollie, Bradley,
  Kian, Louis, Jake
`);

export const SURNAMES: readonly string[] = list(`
  Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
  Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel, Jackson,
  Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan,
  Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young, Griffiths, Mitchell,
  Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller, Cox, Richards, Khan,
  Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, Foster, Chapman, Powell, Webb,
  Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes,
  Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, Okafor,
  Mensah, Ahmed, Nowak, Kowalski, Osei, Doyle, Byrne, Quinn, Fletcher
`);

/** Street names ("tags") that runners and line holders go by. */
export const NICKNAMES: readonly string[] = list(`
  T, Lil T, Tiny, Skinny, Bugz, Kay, J, Smokey, Trigger, Dukes, Menace, Ghost, Flex, Bandz, Chunks,
  Rico, Zeus, Kiddo, Baby K, Youngs, Scrappy, Reds, Sly, Milli, Nuggz, Kanz, Shifty, Dotty, Mazza,
  Stretch, Gizmo, Boogz, Rizz, Dinky, Moggy, Taps, Skeng, Blue, Sonic, Jetz
`);

/** How reporters mishear or misspell names: each entry lists the spellings seen for one name. */
export const NAME_VARIANTS: readonly (readonly string[])[] = [
  ['Jayden', 'Jaden', 'Jaiden'],
  ['Kyle', 'Kile'],
  ['Tyler', 'Tyla'],
  ['Callum', 'Calum', 'Cal'],
  ['Connor', 'Conor'],
  ['Reece', 'Reese'],
  ['Derek', 'Derrick'],
  ['Tracey', 'Tracy'],
  ['Michelle', 'Shell'],
  ['Mohammed', 'Mohamed', 'Mo'],
  ['Jermaine', 'Jermain'],
  ['Josh', 'Joshua'],
  ['Leah', 'Lea'],
  ['Aaliyah', 'Aliyah'],
  ['Darren', 'Daz'],
  ['Barry', 'Baz'],
  ['Terry', 'Tel'],
  ['Steven', 'Stephen', 'Steve'],
  ['Lil T', 'Little T', 'Lil Tee'],
  ['Bugz', 'Bugs'],
  ['Bandz', 'Bands'],
  ['Nuggz', 'Nugz'],
  ['Kiddo', 'Kido'],
  ['Baby K', 'babyk'],
];

const variantIndex = new Map<string, readonly string[]>();
for (const spellings of NAME_VARIANTS) {
  for (const spelling of spellings) variantIndex.set(spelling, spellings);
}

/** Every spelling a reporter might use for this name (the name itself first). */
export function spellingsOf(name: string): readonly string[] {
  const spellings = variantIndex.get(name);
  return spellings ? [name, ...spellings.filter((s) => s !== name)] : [name];
}

/** Line brands: the name customers know a deal line by ("the Blade line"). */
export const LINE_BRANDS: readonly string[] = list(`
  Blade, Taz, Kenzo, Dolla, Bugsy, Ace, Smokey, Benz, Reggie, Nitro, Flash, Diamond, Rocco, Shadow,
  Sully, Tank, Zoom, Dex, Mikey, Jigsaw, Bishop, Frosty, Gucci, Rambo, Kash, Vinny, Scorpio, Bullet,
  Cookie, Hench
`);

/** Urban hubs that export to Hertfordshire, with how often a line comes from each. */
export const HUBS: readonly (readonly [string, number])[] = [
  ['London', 6],
  ['Luton', 2],
  ['Birmingham', 1],
  ['Milton Keynes', 1],
];

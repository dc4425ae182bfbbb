// Double Metaphone rules for C and G, the two longest, split from double-metaphone.ts to
// keep each file readable. Comments give the example words from Philips' paper that each
// rule exists for.

export type MetaphoneState = {
  readonly length: number;
  readonly last: number;
  current: number;
  primary: string;
  secondary: string;
  readonly slavoGermanic: boolean;
  char(pos: number): string;
  at(start: number, length: number, ...options: string[]): boolean;
  isVowel(pos: number): boolean;
  add(main: string, alternate?: string): void;
};

function germanic(st: MetaphoneState): boolean {
  return st.at(0, 4, 'VAN ', 'VON ') || st.at(0, 3, 'SCH');
}

export function encodeC(st: MetaphoneState): void {
  const cur = st.current;
  // Germanic 'bacher', 'macher': ACH is K.
  if (
    cur > 1 &&
    !st.isVowel(cur - 2) &&
    st.at(cur - 1, 3, 'ACH') &&
    st.char(cur + 2) !== 'I' &&
    (st.char(cur + 2) !== 'E' || st.at(cur - 2, 6, 'BACHER', 'MACHER'))
  ) {
    st.add('K');
    st.current += 2;
    return;
  }
  if (cur === 0 && st.at(cur, 6, 'CAESAR')) {
    st.add('S');
    st.current += 2;
    return;
  }
  if (st.at(cur, 4, 'CHIA')) {
    st.add('K'); // Italian 'chianti'
    st.current += 2;
    return;
  }
  if (st.at(cur, 2, 'CH')) {
    encodeCh(st);
    return;
  }
  if (st.at(cur, 2, 'CZ') && !st.at(cur - 2, 4, 'WICZ')) {
    st.add('S', 'X'); // 'Czerny'
    st.current += 2;
    return;
  }
  if (st.at(cur + 1, 3, 'CIA')) {
    st.add('X'); // 'focaccia'
    st.current += 3;
    return;
  }
  // Double C, but not 'McClellan'.
  if (st.at(cur, 2, 'CC') && !(cur === 1 && st.char(0) === 'M')) {
    if (st.at(cur + 2, 1, 'I', 'E', 'H') && !st.at(cur + 2, 2, 'HU')) {
      // 'accident', 'accede', 'succeed' against Italian 'bacci', 'bertucci'.
      if ((cur === 1 && st.char(cur - 1) === 'A') || st.at(cur - 1, 5, 'UCCEE', 'UCCES')) st.add('KS');
      else st.add('X');
      st.current += 3;
    } else {
      st.add('K'); // Pierce's rule: 'bacchus'
      st.current += 2;
    }
    return;
  }
  if (st.at(cur, 2, 'CK', 'CG', 'CQ')) {
    st.add('K');
    st.current += 2;
    return;
  }
  if (st.at(cur, 2, 'CI', 'CE', 'CY')) {
    // Italian against English.
    if (st.at(cur, 3, 'CIO', 'CIE', 'CIA')) st.add('S', 'X');
    else st.add('S');
    st.current += 2;
    return;
  }
  st.add('K');
  // 'Mac Caffrey', 'Mac Gregor'
  if (st.at(cur + 1, 2, ' C', ' Q', ' G')) st.current += 3;
  else if (st.at(cur + 1, 1, 'C', 'K', 'Q') && !st.at(cur + 1, 2, 'CE', 'CI')) st.current += 2;
  else st.current += 1;
}

function encodeCh(st: MetaphoneState): void {
  const cur = st.current;
  if (cur > 0 && st.at(cur, 4, 'CHAE')) {
    st.add('K', 'X'); // 'Michael'
    st.current += 2;
    return;
  }
  // Greek roots: 'chemistry', 'chorus'.
  if (
    cur === 0 &&
    (st.at(cur + 1, 5, 'HARAC', 'HARIS') || st.at(cur + 1, 3, 'HOR', 'HYM', 'HIA', 'HEM')) &&
    !st.at(0, 5, 'CHORE')
  ) {
    st.add('K');
    st.current += 2;
    return;
  }
  if (
    germanic(st) ||
    // 'architect', 'orchestra', 'orchid', but not 'arch'
    st.at(cur - 2, 6, 'ORCHES', 'ARCHIT', 'ORCHID') ||
    st.at(cur + 2, 1, 'T', 'S') ||
    // 'wachtler', 'wechsler', but not 'tichner'
    ((st.at(cur - 1, 1, 'A', 'O', 'U', 'E') || cur === 0) &&
      st.at(cur + 2, 1, 'L', 'R', 'N', 'M', 'B', 'H', 'F', 'V', 'W', ' '))
  ) {
    st.add('K');
  } else if (cur > 0) {
    // 'McHugh'
    if (st.at(0, 2, 'MC')) st.add('K');
    else st.add('X', 'K');
  } else {
    st.add('X');
  }
  st.current += 2;
}

export function encodeG(st: MetaphoneState): void {
  const cur = st.current;
  const next = st.char(cur + 1);
  if (next === 'H') {
    encodeGh(st);
    return;
  }
  if (next === 'N') {
    if (cur === 1 && st.isVowel(0) && !st.slavoGermanic) st.add('KN', 'N');
    // not 'cagney'
    else if (!st.at(cur + 2, 2, 'EY') && !st.slavoGermanic) st.add('N', 'KN');
    else st.add('KN');
    st.current += 2;
    return;
  }
  if (st.at(cur + 1, 2, 'LI') && !st.slavoGermanic) {
    st.add('KL', 'L'); // 'tagliaro'
    st.current += 2;
    return;
  }
  // -GES-, -GEP-, -GEL-, -GIE- at the beginning.
  if (
    cur === 0 &&
    (next === 'Y' || st.at(cur + 1, 2, 'ES', 'EP', 'EB', 'EL', 'EY', 'IB', 'IL', 'IN', 'IE', 'EI', 'ER'))
  ) {
    st.add('K', 'J');
    st.current += 2;
    return;
  }
  // -GER-, -GY-
  if (
    (st.at(cur + 1, 2, 'ER') || next === 'Y') &&
    !st.at(0, 6, 'DANGER', 'RANGER', 'MANGER') &&
    !st.at(cur - 1, 1, 'E', 'I') &&
    !st.at(cur - 1, 3, 'RGY', 'OGY')
  ) {
    st.add('K', 'J');
    st.current += 2;
    return;
  }
  // Italian 'biaggi'.
  if (st.at(cur + 1, 1, 'E', 'I', 'Y') || st.at(cur - 1, 4, 'AGGI', 'OGGI')) {
    if (germanic(st) || st.at(cur + 1, 2, 'ET')) st.add('K');
    // always soft with a French ending
    else if (st.at(cur + 1, 4, 'IER ')) st.add('J');
    else st.add('J', 'K');
    st.current += 2;
    return;
  }
  st.current += next === 'G' ? 2 : 1;
  st.add('K');
}

function encodeGh(st: MetaphoneState): void {
  const cur = st.current;
  if (cur > 0 && !st.isVowel(cur - 1)) {
    st.add('K');
    st.current += 2;
    return;
  }
  if (cur === 0) {
    st.add(st.char(cur + 2) === 'I' ? 'J' : 'K'); // 'ghislane', 'ghiradelli'
    st.current += 2;
    return;
  }
  // Parker's rule: 'hugh', 'bough', 'broughton' have a silent GH.
  if (
    (cur > 1 && st.at(cur - 2, 1, 'B', 'H', 'D')) ||
    (cur > 2 && st.at(cur - 3, 1, 'B', 'H', 'D')) ||
    (cur > 3 && st.at(cur - 4, 1, 'B', 'H'))
  ) {
    st.current += 2;
    return;
  }
  // 'laugh', 'McLaughlin', 'cough', 'gough', 'rough', 'tough'
  if (cur > 2 && st.char(cur - 1) === 'U' && st.at(cur - 3, 1, 'C', 'G', 'L', 'R', 'T')) st.add('F');
  else if (st.char(cur - 1) !== 'I') st.add('K');
  st.current += 2;
}

import type { MetaphoneState } from './double-metaphone-c-g.ts';

// Double Metaphone rules for D, J, L, S, T, W and Z (see double-metaphone.ts). Comments give
// the example words from Philips' paper that each rule exists for.

export function encodeS(st: MetaphoneState): void {
  const cur = st.current;
  if (st.at(cur - 1, 3, 'ISL', 'YSL')) {
    st.current += 1; // 'island', 'isle', 'carlisle'
    return;
  }
  if (cur === 0 && st.at(cur, 5, 'SUGAR')) {
    st.add('X', 'S');
    st.current += 1;
    return;
  }
  if (st.at(cur, 2, 'SH')) {
    st.add(st.at(cur + 1, 4, 'HEIM', 'HOEK', 'HOLM', 'HOLZ') ? 'S' : 'X');
    st.current += 2;
    return;
  }
  // Italian and Armenian.
  if (st.at(cur, 3, 'SIO', 'SIA') || st.at(cur, 4, 'SIAN')) {
    if (st.slavoGermanic) st.add('S');
    else st.add('S', 'X');
    st.current += 3;
    return;
  }
  // 'smith' matches 'schmidt', 'snider' matches 'schneider'; Slavic -SZ-.
  if ((cur === 0 && st.at(cur + 1, 1, 'M', 'N', 'L', 'W')) || st.at(cur + 1, 1, 'Z')) {
    st.add('S', 'X');
    st.current += st.at(cur + 1, 1, 'Z') ? 2 : 1;
    return;
  }
  if (st.at(cur, 2, 'SC')) {
    encodeSc(st);
    return;
  }
  // French 'resnais', 'artois'.
  if (cur === st.last && st.at(cur - 2, 2, 'AI', 'OI')) st.add('', 'S');
  else st.add('S');
  st.current += st.at(cur + 1, 1, 'S', 'Z') ? 2 : 1;
}

function encodeSc(st: MetaphoneState): void {
  const cur = st.current;
  // Schlesinger's rule.
  if (st.char(cur + 2) === 'H') {
    if (st.at(cur + 3, 2, 'OO', 'ER', 'EN', 'UY', 'ED', 'EM')) {
      // Dutch 'school', 'schooner'; 'schermerhorn', 'schenker'
      if (st.at(cur + 3, 2, 'ER', 'EN')) st.add('X', 'SK');
      else st.add('SK');
    } else if (cur === 0 && !st.isVowel(3) && st.char(3) !== 'W') {
      st.add('X', 'S');
    } else {
      st.add('X');
    }
    st.current += 3;
    return;
  }
  st.add(st.at(cur + 2, 1, 'I', 'E', 'Y') ? 'S' : 'SK');
  st.current += 3;
}

export function encodeD(st: MetaphoneState): void {
  if (st.at(st.current, 2, 'DG')) {
    if (st.at(st.current + 2, 1, 'I', 'E', 'Y')) {
      st.add('J'); // 'edge'
      st.current += 3;
    } else {
      st.add('TK'); // 'edgar'
      st.current += 2;
    }
    return;
  }
  st.current += st.at(st.current, 2, 'DT', 'DD') ? 2 : 1;
  st.add('T');
}

export function encodeJ(st: MetaphoneState): void {
  const cur = st.current;
  // Spanish 'Jose', 'San Jacinto'.
  if (st.at(cur, 4, 'JOSE') || st.at(0, 4, 'SAN ')) {
    if ((cur === 0 && st.char(cur + 4) === ' ') || st.at(0, 4, 'SAN ')) st.add('H');
    else st.add('J', 'H');
    st.current += 1;
    return;
  }
  if (cur === 0) {
    st.add('J', 'A'); // 'Yankelovich' / 'Jankelowicz'
  } else if (st.isVowel(cur - 1) && !st.slavoGermanic && st.at(cur + 1, 1, 'A', 'O')) {
    st.add('J', 'H'); // Spanish 'bajador'
  } else if (cur === st.last) {
    st.add('J', '');
  } else if (!st.at(cur + 1, 1, 'L', 'T', 'K', 'S', 'N', 'M', 'B', 'Z') && !st.at(cur - 1, 1, 'S', 'K', 'L')) {
    st.add('J');
  }
  st.current += st.char(cur + 1) === 'J' ? 2 : 1;
}

export function encodeL(st: MetaphoneState): void {
  const cur = st.current;
  if (st.char(cur + 1) === 'L') {
    // Spanish 'cabrillo', 'gallegos': the LL is a Y sound in the alternative.
    if (
      (cur === st.length - 3 && st.at(cur - 1, 4, 'ILLO', 'ILLA', 'ALLE')) ||
      ((st.at(st.last - 1, 2, 'AS', 'OS') || st.at(st.last, 1, 'A', 'O')) && st.at(cur - 1, 4, 'ALLE'))
    ) {
      st.add('L', '');
      st.current += 2;
      return;
    }
    st.current += 2;
  } else {
    st.current += 1;
  }
  st.add('L');
}

export function encodeT(st: MetaphoneState): void {
  const cur = st.current;
  if (st.at(cur, 4, 'TION') || st.at(cur, 3, 'TIA', 'TCH')) {
    st.add('X');
    st.current += 3;
    return;
  }
  if (st.at(cur, 2, 'TH') || st.at(cur, 3, 'TTH')) {
    // 'Thomas', 'Thames' and Germanic names keep a hard T; otherwise TH is '0' (theta).
    if (st.at(cur + 2, 2, 'OM', 'AM') || st.at(0, 4, 'VAN ', 'VON ') || st.at(0, 3, 'SCH')) st.add('T');
    else st.add('0', 'T');
    st.current += 2;
    return;
  }
  st.current += st.at(cur + 1, 1, 'T', 'D') ? 2 : 1;
  st.add('T');
}

export function encodeW(st: MetaphoneState): void {
  const cur = st.current;
  if (st.at(cur, 2, 'WR')) {
    st.add('R');
    st.current += 2;
    return;
  }
  if (cur === 0 && (st.isVowel(cur + 1) || st.at(cur, 2, 'WH'))) {
    // 'Wasserman' should match 'Vasserman'; 'Uomo' should match 'Womo'.
    if (st.isVowel(cur + 1)) st.add('A', 'F');
    else st.add('A');
  }
  // 'Arnow' should match 'Arnoff'.
  if (
    (cur === st.last && st.isVowel(cur - 1)) ||
    st.at(cur - 1, 5, 'EWSKI', 'EWSKY', 'OWSKI', 'OWSKY') ||
    st.at(0, 3, 'SCH')
  ) {
    st.add('', 'F');
    st.current += 1;
    return;
  }
  if (st.at(cur, 4, 'WICZ', 'WITZ')) {
    st.add('TS', 'FX'); // Polish 'Filipowicz'
    st.current += 4;
    return;
  }
  st.current += 1;
}

export function encodeZ(st: MetaphoneState): void {
  const cur = st.current;
  if (st.char(cur + 1) === 'H') {
    st.add('J'); // Chinese pinyin 'Zhao'
    st.current += 2;
    return;
  }
  if (st.at(cur + 1, 2, 'ZO', 'ZI', 'ZA') || (st.slavoGermanic && cur > 0 && st.char(cur - 1) !== 'T')) {
    st.add('S', 'TS');
  } else {
    st.add('S');
  }
  st.current += st.char(cur + 1) === 'Z' ? 2 : 1;
}

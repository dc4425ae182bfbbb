// Proof of work for the "send your report" form, run only where JavaScript is on. It finds a
// number n such that SHA-256("<challenge>:<n>") starts with the required zero bits, then
// adds it to the form. Without JavaScript the form is sent as it is, into a stricter queue.
// SHA-256 is written out here because crypto.subtle is missing on plain-HTTP pages.
(function () {
  'use strict';
  var form = document.querySelector('form[data-pow-challenge]');
  if (!form || typeof Uint32Array === 'undefined' || typeof TextEncoder === 'undefined') return;
  var challenge = form.getAttribute('data-pow-challenge');
  var bits = Number(form.getAttribute('data-pow-bits'));
  var status = document.getElementById('pow-status');
  var K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
  ]);
  var W = new Uint32Array(64);

  // SHA-256 of a byte array; answers the first two words of the digest, enough to count zero bits.
  function sha256Head(bytes) {
    var length = bytes.length;
    var blocks = ((length + 9 + 63) >> 6) << 6;
    var padded = new Uint8Array(blocks);
    padded.set(bytes);
    padded[length] = 0x80;
    var bitLength = length * 8;
    padded[blocks - 4] = (bitLength >>> 24) & 0xff;
    padded[blocks - 3] = (bitLength >>> 16) & 0xff;
    padded[blocks - 2] = (bitLength >>> 8) & 0xff;
    padded[blocks - 1] = bitLength & 0xff;
    var h0 = 0x6a09e667,
      h1 = 0xbb67ae85,
      h2 = 0x3c6ef372,
      h3 = 0xa54ff53a;
    var h4 = 0x510e527f,
      h5 = 0x9b05688c,
      h6 = 0x1f83d9ab,
      h7 = 0x5be0cd19;
    for (var offset = 0; offset < blocks; offset += 64) {
      for (var i = 0; i < 16; i++) {
        var j = offset + i * 4;
        W[i] = (padded[j] << 24) | (padded[j + 1] << 16) | (padded[j + 2] << 8) | padded[j + 3];
      }
      for (i = 16; i < 64; i++) {
        var w15 = W[i - 15],
          w2 = W[i - 2];
        var s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
        var s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
        W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
      }
      var a = h0,
        b = h1,
        c = h2,
        d = h3,
        e = h4,
        f = h5,
        g = h6,
        h = h7;
      for (i = 0; i < 64; i++) {
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i] + W[i]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      h0 = (h0 + a) | 0;
      h1 = (h1 + b) | 0;
      h2 = (h2 + c) | 0;
      h3 = (h3 + d) | 0;
      h4 = (h4 + e) | 0;
      h5 = (h5 + f) | 0;
      h6 = (h6 + g) | 0;
      h7 = (h7 + h) | 0;
    }
    return [h0 >>> 0, h1 >>> 0];
  }

  function zeroBits(head) {
    if (head[0] !== 0) return Math.clz32(head[0]);
    return 32 + Math.clz32(head[1]);
  }

  var encoder = new TextEncoder();
  var solution = null;
  var sendWhenSolved = false;
  var counter = 0;

  // Works in short slices so the page stays responsive; usually done before the button is pressed.
  function work() {
    var stopAt = Date.now() + 40;
    while (Date.now() < stopAt) {
      for (var i = 0; i < 500; i++, counter++) {
        if (zeroBits(sha256Head(encoder.encode(challenge + ':' + counter))) >= bits) {
          solution = String(counter);
          if (sendWhenSolved) send();
          return;
        }
      }
    }
    setTimeout(work, 0);
  }

  function send() {
    form.querySelector('input[name="powChallenge"]').value = challenge;
    form.querySelector('input[name="powSolution"]').value = solution;
    form.submit();
  }

  form.addEventListener('submit', function (event) {
    if (solution !== null) {
      form.querySelector('input[name="powChallenge"]').value = challenge;
      form.querySelector('input[name="powSolution"]').value = solution;
      return;
    }
    event.preventDefault();
    sendWhenSolved = true;
    var button = form.querySelector('button');
    if (button) button.setAttribute('disabled', 'disabled');
    // The page's language: check.njk puts the catalogue's text on the form.
    var sending = form.getAttribute('data-pow-sending') || 'Sending your report. This can take a few seconds.';
    if (status) status.textContent = sending;
  });

  setTimeout(work, 0);
})();

'use strict';
// The baseline of the browser crypto benchmark: AES-256-GCM straight on crypto.subtle, no SecureLink code.
// sealOpen does per iteration what the brief asks of it, a random nonce, encrypt, decrypt, with one key imported
// up front; pbkdf2 derives 256 bits with PBKDF2-HMAC-SHA256 at the 600,000 iterations of FORMAT.md. Each
// resolves to "ok <milliseconds>" (the timed part only) or "fail <reason>", like the client's half.
(function () {
  // crypto.getRandomValues fills at most 65,536 bytes a call.
  function randomBytes(length) {
    var bytes = new Uint8Array(length);
    for (var offset = 0; offset < length; offset += 65536) {
      crypto.getRandomValues(bytes.subarray(offset, Math.min(offset + 65536, length)));
    }
    return bytes;
  }

  function sameBytes(a, b) {
    if (a.length !== b.length) {
      return false;
    }
    for (var i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        return false;
      }
    }
    return true;
  }

  async function sealOpenOnce(key, content) {
    var gcm = {name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)), tagLength: 128};
    var ciphertext = await crypto.subtle.encrypt(gcm, key, content);
    return new Uint8Array(await crypto.subtle.decrypt(gcm, key, ciphertext));
  }

  async function sealOpen(contentBytes, iterations) {
    var key = await crypto.subtle.importKey('raw', randomBytes(32), {name: 'AES-GCM'}, false,
        ['encrypt', 'decrypt']);
    var content = randomBytes(contentBytes);
    if (!sameBytes(content, await sealOpenOnce(key, content))) {
      throw new Error('the decrypted bytes differ from the encrypted ones');
    }
    var start = performance.now();
    for (var i = 0; i < iterations; i++) {
      var opened = await sealOpenOnce(key, content);
      if (opened.length !== contentBytes) {
        throw new Error('decrypted ' + opened.length + ' bytes of ' + contentBytes);
      }
    }
    return performance.now() - start;
  }

  async function pbkdf2() {
    var start = performance.now();
    var password = await crypto.subtle.importKey('raw', new TextEncoder().encode('correct horse battery staple'),
        {name: 'PBKDF2'}, false, ['deriveBits']);
    var bits = await crypto.subtle.deriveBits(
        {name: 'PBKDF2', hash: 'SHA-256', salt: randomBytes(32), iterations: 600000}, password, 256);
    var elapsed = performance.now() - start;
    if (bits.byteLength !== 32) {
      throw new Error('derived ' + bits.byteLength + ' bytes');
    }
    return elapsed;
  }

  function outcome(promise) {
    return promise.then(function (ms) { return 'ok ' + ms; },
        function (error) { return 'fail ' + String(error && error.message || error); });
  }

  window.rawWebCrypto = {
    sealOpen: function (contentBytes, iterations) { return outcome(sealOpen(contentBytes, iterations)); },
    pbkdf2: function () { return outcome(pbkdf2()); }
  };
})();

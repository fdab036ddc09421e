'use strict';
// The file commands' files, read as the runner reads them after the step:
// GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE hold `name=value` lines or
// `name<<DELIMITER` heredocs (value lines up to a line equal to DELIMITER);
// lines end at \r\n, \n or a lone \r; GITHUB_PATH holds one path a line.

function readLines(text) {
  return text.length ? text.split(/\r\n|\r|\n/) : [];
}

function parseKeyValueFile(text) {
  const lines = readLines(text);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const pairs = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      if (eq === 0) throw new Error(`Invalid format '${line}'. Name must not be empty`);
      pairs.push([line.slice(0, eq), line.slice(eq + 1)]);
    } else if (heredoc > 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!delimiter) throw new Error(`Invalid format '${line}'. Delimiter must not be empty`);
      const value = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) { closed = true; break; }
        value.push(lines[i]);
      }
      if (!closed) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
      pairs.push([name, value.join('\n')]);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return pairs;
}

function parsePathFile(text) {
  return readLines(text).filter((line) => line.trim() !== '');
}

module.exports = { parseKeyValueFile, parsePathFile, readLines };

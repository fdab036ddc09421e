'use strict';
// Workflow commands the entry itself writes (its own failures, masking),
// escaped as @actions/core escapes them.

const escapeData = (s) => String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name, properties, message) {
  const props = Object.entries(properties || {}).filter(([, v]) => v).map(([k, v]) => `${k}=${escapeProperty(v)}`);
  return `::${name}${props.length ? ' ' + props.join(',') : ''}::${escapeData(message)}\n`;
}

module.exports = { command };

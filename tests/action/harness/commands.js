'use strict';
// Workflow commands in a step's output, read as the runner reads them
// (actions/runner, ActionCommandManager): a line that starts with "::" after
// leading whitespace, "::name k=v,k=v::data", names matched without regard
// to case, property values and data unescaped; `stop-commands` pauses
// processing until "::<token>::". set-env and add-path are refused unless
// ACTIONS_ALLOW_UNSECURE_COMMANDS is true.

const KNOWN = new Set(['set-env', 'set-output', 'save-state', 'add-path', 'add-mask', 'debug', 'notice', 'warning',
  'error', 'group', 'endgroup', 'echo', 'stop-commands', 'add-matcher', 'remove-matcher']);

const unescapeData = (s) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

function parseCommand(line) {
  const text = line.replace(/^\s+/, '');
  if (!text.startsWith('::')) return null;
  const end = text.indexOf('::', 2);
  if (end < 0) return null;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase();
  const properties = {};
  if (space > 0) {
    for (const item of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const eq = item.indexOf('=');
      if (eq > 0 && eq < item.length - 1) properties[item.slice(0, eq)] = unescapeProperty(item.slice(eq + 1));
    }
  }
  return { name, properties, data: unescapeData(text.slice(end + 2)), raw: info };
}

const UNSECURE = (name) => `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`.`;

// Applies the lines of one stream to `state` (shared by stdout and stderr).
function processOutput(text, state, env) {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    if (state.stopToken !== null) {
      if (line.trim() === `::${state.stopToken}::`) state.stopToken = null;
      else state.log.push(line);
      continue;
    }
    const cmd = parseCommand(line);
    if (!cmd || !KNOWN.has(cmd.name)) {
      state.log.push(line);
      continue;
    }
    const p = cmd.properties;
    switch (cmd.name) {
      case 'set-output': state.outputs[p.name] = cmd.data; state.deprecated.push('set-output'); break;
      case 'save-state': state.state[p.name] = cmd.data; state.deprecated.push('save-state'); break;
      case 'set-env':
      case 'add-path':
        if (env.ACTIONS_ALLOW_UNSECURE_COMMANDS === 'true') {
          if (cmd.name === 'set-env') state.env[p.name] = cmd.data;
          else state.path.unshift(cmd.data);
        } else {
          state.annotations.push({ level: 'error', message: UNSECURE(cmd.name), refused: cmd.name });
        }
        break;
      case 'add-mask': if (cmd.data.trim()) state.masks.push(cmd.data); break;
      case 'debug': state.debug.push(cmd.data); break;
      case 'notice': case 'warning': case 'error': {
        const a = { level: cmd.name, message: cmd.data };
        for (const [k, v] of Object.entries(p)) a[k] = ['line', 'endLine', 'col', 'endColumn'].includes(k) ? Number(v) : v;
        state.annotations.push(a);
        break;
      }
      case 'group': state.groups.push({ name: cmd.data, lines: [] }); state.log.push(`[group] ${cmd.data}`); break;
      case 'endgroup': state.log.push('[endgroup]'); break;
      case 'echo': state.echo = cmd.data.toLowerCase() === 'on'; break;
      case 'stop-commands': state.stopToken = cmd.data; break;
      default: state.log.push(line);
    }
  }
}

function newState() {
  return { outputs: {}, env: {}, path: [], state: {}, masks: [], debug: [], annotations: [], groups: [], log: [],
    deprecated: [], echo: false, stopToken: null };
}

module.exports = { parseCommand, processOutput, newState, unescapeData, unescapeProperty };

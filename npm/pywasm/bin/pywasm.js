#!/usr/bin/env node
'use strict';
// Startup is a feature: Node 22.1+ keeps compiled JavaScript on disk between runs.
require('node:module').enableCompileCache?.();
const code = require('../lib/cli').main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else code.then((c) => { process.exitCode = c; });

#!/usr/bin/env node
'use strict';
process.exitCode = require('../lib/cli').main(process.argv.slice(2));

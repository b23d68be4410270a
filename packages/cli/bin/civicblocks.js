#!/usr/bin/env node
// Committed so that package managers link the binary at install time, before the first build.
import "../dist/bin.js";

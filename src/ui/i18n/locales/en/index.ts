import common from './common';
import layout from './layout';
import builder from './builder';
import experiment from './experiment';
import dataset from './dataset';
import training from './training';
import lessons from './lessons';
import glossary from './glossary';
import search from './search';
import dashboards from './dashboards';
import results from './results';
import saved from './saved';
import shared from './shared';
import problems from './problems';
import catalog from './catalog';
import messages from './messages';
import csv from './csv';

/** Every English word of the app, by namespace: the shape the other languages follow. */
const en = {
  common,
  layout,
  builder,
  experiment,
  dataset,
  training,
  lessons,
  glossary,
  search,
  dashboards,
  results,
  saved,
  shared,
  problems,
  catalog,
  messages,
  csv,
};

export default en;

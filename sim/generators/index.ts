import { CHANNEL_NAMES } from '../../src/protocol/feed/index.js';
import type { ChannelModel } from '../model/channel-model.js';
import { createAccidents } from './accidents.js';
import { createAqi } from './aqi.js';
import { createBudget } from './budget.js';
import { channelSpec, DEFAULT_SIM_URL, type ChannelFactory } from './context.js';
import { createCovid } from './covid.js';
import { createDisasterDaily } from './disaster-daily.js';
import { createDisbursement } from './disbursement.js';
import { createDroughtSalinity } from './drought-salinity.js';
import { createElectricity } from './electricity.js';
import { createEmissions } from './emissions.js';
import { createEpidemics } from './epidemics.js';
import { createForestFire } from './forest-fire.js';
import { createIndicators } from './indicators.js';
import { createKeyProjects } from './key-projects.js';
import { createLandslides } from './landslides.js';
import { createMarkets } from './markets.js';
import { createPublicDebt } from './public-debt.js';
import { createRatings } from './ratings.js';
import { createWarnings } from './warnings.js';
import { createWeather } from './weather.js';

/** One generator per channel of the feed protocol (a test checks that none is missing). */
export const GENERATORS: Readonly<Record<string, ChannelFactory>> = {
  'environment/aqi': createAqi,
  'environment/weather': createWeather,
  'environment/emissions': createEmissions,
  'disaster/warnings': createWarnings,
  'disaster/daily': createDisasterDaily,
  'agriculture/forest-fire': createForestFire,
  'agriculture/landslides': createLandslides,
  'agriculture/drought-salinity': createDroughtSalinity,
  'health/covid19': createCovid,
  'health/epidemics': createEpidemics,
  'traffic/accidents': createAccidents,
  'finance/markets': createMarkets,
  'finance/ratings': createRatings,
  'finance/budget': createBudget,
  'finance/public-debt': createPublicDebt,
  'investment/public-disbursement': createDisbursement,
  'transport/key-projects': createKeyProjects,
  'energy/electricity': createElectricity,
  'indicators/kt-xh': (context) => createIndicators(context),
};

/** The models of every channel for a seed, in the protocol's channel order. */
export function createChannelModels(seed: number, simUrl: () => string = () => DEFAULT_SIM_URL): Map<string, ChannelModel> {
  const models = new Map<string, ChannelModel>();
  const mediaUrl = (name: string) => `${simUrl()}/media/${name}`;
  for (const channel of CHANNEL_NAMES) {
    const factory = GENERATORS[channel];
    if (!factory) throw new Error(`sim: no generator for channel ${channel}`);
    models.set(channel, factory({ seed, spec: channelSpec(channel), mediaUrl }));
  }
  return models;
}

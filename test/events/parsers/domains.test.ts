import { describe, expect, it } from 'vitest';
import { events } from '../world.ts';

const find = (text: string, type: string, times: Parameters<typeof events>[1] = []) => events(text, times).find((e) => e.type === type);
const types = (text: string) => events(text).map((e) => e.type);

describe('market, court and disaster triggers', () => {
  it.each([
    ['Kestrel shares plunged 40 percent.', 'business.shares'],
    ['Shares in Kestrel lost half their value.', 'business.shares'],
    ['The exchange suspended trading in Kestrel.', 'business.halt'],
    ['Trading in Bluefin stock was halted.', 'business.halt'],
    ['Regulators opened a formal investigation into Kestrel.', 'justice.investigate'],
    ['The trial of Tomas Reyes opened in Port Elm.', 'justice.trial'],
    ['Berg testified for three hours.', 'justice.testify'],
    ['A jury found Reyes guilty of fraud.', 'justice.ruling'],
    ['Prosecutors charged Reyes with fraud.', 'justice.charge'],
    ['Kestrel filed for bankruptcy protection.', 'business.bankruptcy'],
    ['The board named Santos as chief executive.', 'personnel.appoint'],
    ['Firefighters pulled a boy alive from the rubble.', 'rescue'],
    ['Norland imposed a naval blockade on Vestia.', 'conflict.blockade'],
    ['Kovac declared a state of emergency in Vestia.', 'politics.emergency'],
  ])('types %j', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it('reads a market move only with a market word before the verb', () => {
    expect(types('Kestrel shares crashed on the news.')).toContain('business.shares');
    expect(types('A plane crashed near Lisbon.')).toEqual(['accident']);
    expect(types('The talks collapsed.')).not.toContain('business.shares');
  });

  it('reads a trial only when it opens, not any mention of one', () => {
    expect(types('The trial date has not been set.')).not.toContain('justice.trial');
  });

  it('gives the board\'s appointee, the charged person and the filing company their roles', () => {
    expect(find('The board named Santos, its finance chief, as chief executive.', 'personnel.appoint')?.parties).toEqual(['santos']);
    expect(find('Prosecutors charged the former banker, Tomas Reyes, with fraud.', 'justice.charge')?.targetNames).toEqual(['reyes']);
    expect(find('Kestrel Corp. filed for bankruptcy protection on Friday.', 'business.bankruptcy')?.actorNames).toEqual(['kestrel']);
  });

  it('gives a pledge of money to its donor as aid', () => {
    expect(find('Norland pledged 20 million euros in aid for Vestia.', 'cooperate.aid')?.actorNames).toEqual(['norland']);
  });

  it('gives a nominal event the subject of a light verb through "of" and possessives', () => {
    expect(find('Kovac declared three days of national mourning.', 'politics.mourning')?.actorNames).toEqual(['kovac']);
    expect(find('Talks stalled at Bluefin, which holds its first hearing on Monday.', 'justice.hearing')?.actorNames).toEqual(['bluefin']);
  });

  it('does not take a person for what their deputy or lawyer did', () => {
    expect(find('Kovac\'s lawyer testified on Monday.', 'justice.testify')?.actorNames).toEqual([]);
  });

  it('keeps a hosted conference with one party, when dated', () => {
    const e = find('Norland plans to host a donors\' conference in Lisbon in October.', 'contact.conference', [['October', 'DATE', '2024-10']]);
    expect(e?.status).toBe('planned');
    expect(e?.place).toBe('lisbon');
  });
});

describe('labour, settlement and court-order triggers', () => {
  it('reads a labour strike only among workers, unions or pay, and never an air strike', () => {
    expect(types('Rail workers in Norland began a national strike over pay.')).toContain('conflict.protest');
    expect(types('Drivers walked off the job on Monday.')).toContain('conflict.protest');
    expect(types('An air strike hit Vestia.')).not.toContain('conflict.protest');
    expect(types('Missile strikes on Vestia killed 12 people.')).not.toContain('conflict.protest');
    expect(types('The earthquake struck Vestia before dawn.')).not.toContain('conflict.protest');
  });

  it('reads a settlement reached between parties', () => {
    expect(types('Kestrel and Bluefin reached an agreement after two days.')).toContain('cooperate.agree');
    expect(types('Kestrel struck a deal with Bluefin.')).toContain('cooperate.agree');
  });

  it('reads a court order as a ruling, but not any order', () => {
    expect(types('The High Court on Tuesday ordered Kestrel to keep trains running.')).toContain('justice.ruling');
    expect(types('Kestrel ordered 40 new trains.')).not.toContain('justice.ruling');
  });
});

describe('conflict, truce and recovery triggers', () => {
  it.each([
    ['Artillery shells slammed into Port Elm on Saturday.', 'conflict.attack'],
    ['Rockets hit the harbour of Port Elm.', 'conflict.attack'],
    ['Norland pounded the border villages overnight.', 'conflict.attack'],
    ['Norland and Vestia agreed a ceasefire in Lisbon.', 'cooperate.agree'],
    ['The ministers of Norland and Vestia have agreed a fire stop.', 'cooperate.agree'],
    ['Norland and Vestia exchanged 40 prisoners on the bridge.', 'cooperate.release'],
    ['Vestia released twelve soldiers on Monday.', 'cooperate.release'],
    ['Kestrel restored services to most customers on Tuesday.', 'business.resume'],
    ['Train services resumed on Monday morning.', 'business.resume'],
    ['Kovac will receive Berg in Lisbon on Monday.', 'contact.meet'],
    ['Kestrel announced 300 job cuts.', 'business.layoffs'],
    ['Kestrel will cut 1,100 jobs at its Port Elm plant.', 'business.layoffs'],
    ['Bluefin raised its cash offer for Kestrel.', 'business.acquisition'],
    ['A cyberattack hit Kestrel on Tuesday.', 'conflict.attack'],
    ['Kestrel suffered a nationwide outage on Tuesday.', 'disaster.outage'],
  ])('types %j', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it('does not read a truce calque as a blaze, nor a released report as a release of people', () => {
    expect(types('The ministers of Norland and Vestia have agreed a fire stop.')).not.toContain('disaster.fire');
    expect(types('Kestrel released its annual report on Monday.')).not.toContain('cooperate.release');
    expect(types('Kovac received a letter from the court.')).not.toContain('contact.meet');
    expect(types('Kestrel cut its prices.')).not.toContain('business.layoffs');
    expect(types('Berg did not offer any comment.')).not.toContain('business.acquisition');
  });
});

import { describe, expect, it } from 'vitest';
import { deferredOrders } from './deferred-orders.ts';
import { tokenizeText } from './tokenize-text.ts';

const orders = (text: string) => {
  const tokens = tokenizeText(text);
  return deferredOrders(text, tokens).map((d) => d.order);
};

describe('deferred orders', () => {
  it('writes "need / want + object + past participle" as the order it gives', () => {
    expect(orders('I need my thesis proofread.')).toEqual(['proofread my thesis']);
    expect(orders('We want our logo redesigned.')).toEqual(['redesign our logo']);
    expect(orders('Need the receipts typed up by Monday.')).toEqual(['type up the receipts']);
  });

  it('gives no order for empty verbs, help or a person asked', () => {
    expect(orders('I need it done by Friday.')).toEqual([]);
    expect(orders('We need help finished quickly.')).toEqual([]);
    expect(orders('We need someone experienced.')).toEqual([]);
  });

  it('reads a pronoun as the noun phrases before it of its number, nearest first', () => {
    expect(
      orders('We did six customer interviews over Zoom last week. Need them typed up.'),
    ).toEqual(['type up the customer interviews']);
    expect(orders('Our QuickBooks is a mess. Can you clean it up?')).toEqual([
      'clean up the QuickBooks',
    ]);
    // Amounts, times and words in capitals are no antecedents.
    expect(
      orders('Half the names are in ALL CAPS in our customer list. Need it tidied up.'),
    ).toEqual(['tidy up the customer list']);
  });

  it('takes "to" + verb on a pronoun only for a person asked, not a purpose', () => {
    expect(orders('Our inbox is full of customer emails. Need someone to answer them.')).toEqual([
      'answer the customer emails',
    ]);
    expect(orders('Brands can use our name to promote them.')).toEqual([]);
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type Column, DataTable, Table } from './data-table.tsx';

interface Person {
  id: string;
  name: string;
  hours: number;
}

const people = {
  rows: [
    { id: 'a', name: 'Ada', hours: 3 },
    { id: 'b', name: 'Bo', hours: 1 },
  ] as Person[],
  rowKey: (p: Person) => p.id,
};
const name: Column<Person> = { header: 'Name', cell: (p) => p.name };
const hours: Column<Person> = { header: 'Hours', className: 'num', cell: (p) => p.hours };

describe('DataTable', () => {
  it('puts a captioned table with column headers and one row per item in a named region', () => {
    const html = renderToStaticMarkup(
      <DataTable
        {...people}
        label="People"
        caption="People and their hours"
        className="people"
        columns={[{ ...name, rowHeader: true }, hours]}
        actions={(p) => <button type="button">Delete {p.name}</button>}
      />,
    );
    expect(html).toContain(
      '<div class="table-wrap" tabindex="0" role="region" aria-label="People"><table class="table people">',
    );
    expect(html).toContain('<caption class="visually-hidden">People and their hours</caption>');
    expect(html).toContain(
      '<tr><th scope="col">Name</th><th scope="col" class="num">Hours</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>',
    );
    expect(html).toContain(
      '<tr><th scope="row">Bo</th><td class="num">1</td><td class="cell-actions"><button type="button">Delete Bo</button></td></tr>',
    );
    expect(html).not.toContain('data-label');
  });

  it('has no caption or actions column unless asked, and labels cells for small screens', () => {
    const foot = (
      <tr>
        <td>Total</td>
      </tr>
    );
    const html = renderToStaticMarkup(
      <Table {...people} columns={[name]} labelCells foot={foot} />,
    );
    expect(html).toMatch(/^<table class="table"><thead>/);
    expect(html).not.toContain('caption');
    expect(html).not.toContain('Actions');
    expect(html).toContain('<td data-label="Name">Ada</td>');
    expect(html).toContain('<tfoot><tr><td>Total</td></tr></tfoot></table>');
  });
});

import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Employee } from '#employees/domain/employee';
import type { EmployeeRecords } from '#employees/domain/ports';
import { documentClient, queryPage, tableName } from '#kernel/adapters/dynamodb';

const employeeKey = (nip: string) => ({ pk: `EMP#${nip}`, sk: 'PROFILE' });

function employeeItem(employee: Employee) {
  return {
    ...employeeKey(employee.nip),
    type: 'EMPLOYEE',
    gsi2pk: `UNIT#${employee.unit}#EMPLOYEES`,
    gsi2sk: `${employee.name}#${employee.nip}`,
    employee,
  };
}

/** Employees' master data, one item each, listed per unit by name. */
export const employeeRecords: EmployeeRecords = {
  async get(nip) {
    const result = await documentClient.send(new GetCommand({ TableName: tableName, Key: employeeKey(nip) }));
    return result.Item?.employee as Employee | undefined;
  },

  async getMany(nips) {
    if (nips.length === 0) return [];
    const found: Employee[] = [];
    let keys: Array<Record<string, unknown>> | undefined = [...new Set(nips)].map(employeeKey);
    while (keys && keys.length > 0) {
      const result: BatchGetCommandOutput = await documentClient.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }),
      );
      found.push(...(result.Responses?.[tableName] ?? []).map((item) => item.employee as Employee));
      keys = result.UnprocessedKeys?.[tableName]?.Keys;
    }
    return found;
  },

  async put(employee) {
    await documentClient.send(new PutCommand({ TableName: tableName, Item: employeeItem(employee) }));
  },

  async putMany(employees) {
    for (let start = 0; start < employees.length; start += 25) {
      let writes: Array<Record<string, unknown>> | undefined = employees
        .slice(start, start + 25)
        .map((employee) => ({ PutRequest: { Item: employeeItem(employee) } }));
      while (writes && writes.length > 0) {
        const result: BatchWriteCommandOutput = await documentClient.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: writes } }),
        );
        writes = result.UnprocessedItems?.[tableName];
      }
    }
  },

  listByUnit(unit, query) {
    return queryPage(
      'gsi2',
      { gsi2pk: `UNIT#${unit}#EMPLOYEES` },
      query,
      (item) => item.employee as Employee,
    );
  },
};

// Root hooks for the unit tests (mocha --require): the shared PostgreSQL stops after the last test.
import { stopPostgres } from './pg';

export const mochaHooks = {
  async afterAll(): Promise<void> {
    await stopPostgres();
  },
};

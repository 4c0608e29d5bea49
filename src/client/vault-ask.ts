// How a page of the internal section asks the vault's worker something (status, logout).
import { SW_SCOPE, type VaultReply, type VaultRequest } from './vault-protocol.ts';

/** Asks the vault's worker; undefined if there is none, or it does not answer within 2 s. */
export async function ask(request: VaultRequest): Promise<VaultReply | undefined> {
  const worker = (await navigator.serviceWorker.getRegistration(SW_SCOPE))?.active;
  if (!worker) return undefined;
  const reply = new MessageChannel();
  const answer = new Promise<VaultReply>(
    (resolve) => (reply.port1.onmessage = (event) => resolve(event.data as VaultReply)),
  );
  worker.postMessage(request, [reply.port2]);
  return Promise.race([answer, new Promise<undefined>((resolve) => setTimeout(resolve, 2000))]);
}

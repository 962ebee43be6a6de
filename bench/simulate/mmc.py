# The bench's M/M/c model in SimPy: Poisson arrivals, exponential handling, c agents, FIFO.
# Usage: mmc.py LAMBDA_PER_HOUR MEAN_MINUTES C TICKETS TARGET_MINUTES SEED  -> JSON on stdout.
import json, random, sys, time
import simpy

lam, mean, c, tickets, target, seed = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
rng = random.Random(seed)
env = simpy.Environment()
agents = simpy.Resource(env, capacity=c)
waits = []

def ticket(env):
    arrived = env.now
    with agents.request() as request:
        yield request
        waits.append(env.now - arrived)
        yield env.timeout(rng.expovariate(1.0 / mean))

def arrivals(env):
    for _ in range(tickets):
        yield env.timeout(rng.expovariate(lam / 60.0))
        env.process(ticket(env))

started = time.perf_counter()
env.process(arrivals(env))
env.run()
seconds = time.perf_counter() - started
print(json.dumps({
    "tickets": len(waits),
    "seconds": seconds,
    "meanWaitMinutes": sum(waits) / len(waits),
    "withinTarget": sum(1 for w in waits if w <= target) / len(waits),
}))

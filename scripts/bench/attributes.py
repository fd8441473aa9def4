# Attribute access and method calls on existing objects: instance attribute reads and
# writes, a property, class attributes, bound-method calls and calls through a subclass.
import _harness


class Account:
    rate = 3

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = 0

    def deposit(self, amount):
        self.balance += amount
        self.history += 1

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history += 1
        return True

    @property
    def interest(self):
        return self.balance * self.rate // 100

    def describe(self):
        return self.owner


class Savings(Account):
    rate = 5

    def withdraw(self, amount):
        if self.history % 7 == 0:
            return False
        return Account.withdraw(self, amount)


def workload(n):
    accounts = [Account("a", 100), Savings("s", 500), Account("b", 50), Savings("t", 0)]
    total = 0
    for i in range(n):
        acct = accounts[i & 3]
        acct.deposit(i % 13)
        if not acct.withdraw(i % 17):
            total += 1
        total += acct.interest
        if acct.balance > 10000:
            acct.balance = acct.balance // 2
    return total, [(a.describe(), a.balance, a.history) for a in accounts]


print(*_harness.run(workload, 240000))
